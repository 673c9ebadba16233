import crypto from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { WebSocket, WebSocketServer } from 'ws';
import type { Logger } from '../core/platform/log/logger';
import { rawResponse } from '../core/platform/net/raw-response';
import { requestUrl } from '../core/platform/net/request-url';
import { guardSocket } from '../core/platform/net/socket-errors';

export interface BridgeUpgradeDeps {
  sockets: WebSocketServer;
  token: string;
  /** http://127.0.0.1:port, known once the server listens. */
  origin: () => string;
  log: Logger;
  onSocket: (ws: WebSocket) => void;
}

/**
 * Accepts a bridge socket only at /bridge, from our own origin, with the per-run token, so
 * another page in the browser cannot drive the dialer.
 */
export function createBridgeUpgradeHandler(deps: BridgeUpgradeDeps) {
  return (request: IncomingMessage, socket: Duplex, head: Buffer): void => {
    guardSocket(socket, deps.log, 'browser bridge connection error');
    const origin = deps.origin();
    const url = requestUrl(request, origin);
    if (!url) {
      socket.end(rawResponse(400));
      return;
    }
    const allowed =
      url.pathname === '/bridge' &&
      request.headers.origin === origin &&
      safeEqual(url.searchParams.get('token') ?? '', deps.token);
    if (!allowed) {
      deps.log.warn('browser bridge refused a connection', {
        origin: request.headers.origin ?? null,
        path: url.pathname,
      });
      socket.end(rawResponse(403));
      return;
    }
    deps.sockets.handleUpgrade(request, socket, head, deps.onSocket);
  };
}

function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && crypto.timingSafeEqual(left, right);
}
