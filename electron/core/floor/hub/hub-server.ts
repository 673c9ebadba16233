import http from 'node:http';
import https from 'node:https';
import type { Logger } from '../../log/logger';
import { guardHttpServer } from '../../net/http-guards';

export interface HubServerOptions {
  tls?: { cert: string | Buffer; key: string | Buffer };
  log: Logger;
  handler: http.RequestListener;
}

/** The hub's HTTP(S) server: a malformed request is answered 400 on its own connection only. */
export function createHubServer(options: HubServerOptions): http.Server | https.Server {
  const server = options.tls
    ? https.createServer({ cert: options.tls.cert, key: options.tls.key }, options.handler)
    : http.createServer(options.handler);
  guardHttpServer(server, options.log, 'hub');
  return server;
}
