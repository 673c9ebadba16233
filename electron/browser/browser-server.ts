import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import type { Core } from '../core/app/create-core';
import { enforceAuthDeadline } from '../core/platform/net/auth-deadline';
import {
  guardHttpServer,
  guardWebSocketServer,
  HTTP_SERVER_TIMEOUTS,
} from '../core/platform/net/http-guards';
import { MAX_MESSAGE_BYTES } from './bridge-protocol';
import { serveBridgeSocket } from './bridge-socket';
import { createBridgeUpgradeHandler } from './bridge-upgrade';
import { createStaticHandler } from './static-route';

export interface BrowserServerOptions {
  core: Core;
  rendererDir: string;
  port: number;
  /** Secret the page must present; generated when not given. */
  token?: string;
  /** A connection that has not sent its request head by then is closed (default 5 s). */
  authTimeoutMs?: number;
}

export interface BrowserServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

const HOST = '127.0.0.1';
const AUTH_TIMEOUT_MS = 5_000;

/**
 * Serves the renderer and the bridge on 127.0.0.1 only. The bridge implements the same contract
 * as the preload and goes through the same dispatcher. A client that misbehaves (a bad frame, a
 * request that is not HTTP, a connection that never authenticates) loses its own connection
 * only: the page a rep is calling from keeps working.
 */
export async function startBrowserServer(options: BrowserServerOptions): Promise<BrowserServer> {
  const token = options.token ?? crypto.randomBytes(24).toString('base64url');
  const { core } = options;
  core.log.redact(token);
  let origin = '';

  const server = http.createServer(
    HTTP_SERVER_TIMEOUTS,
    createStaticHandler({
      rendererDir: options.rendererDir,
      origin: () => origin,
      sipWebSocketUrl: () => core.settings.get().sipWebSocketUrl,
      log: core.log,
    }),
  );
  guardHttpServer(server, core.log, 'browser bridge');
  enforceAuthDeadline(server, {
    ms: options.authTimeoutMs ?? AUTH_TIMEOUT_MS,
    log: core.log,
    name: 'browser bridge',
    tls: false,
  });

  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  guardWebSocketServer(sockets, core.log, 'browser bridge');
  server.on(
    'upgrade',
    createBridgeUpgradeHandler({
      sockets,
      token,
      origin: () => origin,
      log: core.log,
      onSocket: (ws) => serveBridgeSocket(ws, core),
    }),
  );

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, HOST, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  origin = `http://${HOST}:${port}`;

  return {
    url: `${origin}/?token=${token}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of sockets.clients) client.terminate();
        sockets.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
