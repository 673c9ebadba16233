import http from 'node:http';
import https from 'node:https';
import type { Logger } from '../../core/platform/log/logger';
import { enforceAuthDeadline } from '../../core/platform/net/auth-deadline';
import { guardHttpServer, HTTP_SERVER_TIMEOUTS } from '../../core/platform/net/http-guards';

export interface HubServerOptions {
  tls?: { cert: string | Buffer; key: string | Buffer };
  authTimeoutMs: number;
  log: Logger;
  handler: http.RequestListener;
}

/**
 * The hub's HTTP(S) server, hardened: bounded request heads, a malformed request answered 400
 * on its own connection, and no connection left open unauthenticated past the auth deadline.
 */
export function createHubServer(options: HubServerOptions): http.Server | https.Server {
  const server = options.tls
    ? https.createServer(
        {
          ...HTTP_SERVER_TIMEOUTS,
          cert: options.tls.cert,
          key: options.tls.key,
          handshakeTimeout: options.authTimeoutMs,
        },
        options.handler,
      )
    : http.createServer(HTTP_SERVER_TIMEOUTS, options.handler);
  guardHttpServer(server, options.log, 'hub');
  enforceAuthDeadline(server, {
    ms: options.authTimeoutMs,
    log: options.log,
    name: 'hub',
    tls: Boolean(options.tls),
  });
  return server;
}
