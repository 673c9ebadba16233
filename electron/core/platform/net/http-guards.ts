import type http from 'node:http';
import type https from 'node:https';
import type net from 'node:net';
import type { Duplex } from 'node:stream';
import type { WebSocketServer } from 'ws';
import type { Logger } from '../log/logger';
import { rawResponse, type RawStatus } from './raw-response';
import { errorCode, logSocketError, peerWentAway } from './socket-errors';

/**
 * Limits for every request head and request (Node's own are a minute and five), checked every
 * second rather than every thirty. The first request on a connection has the shorter auth
 * deadline on top (auth-deadline.ts).
 */
export const HTTP_SERVER_TIMEOUTS = {
  headersTimeout: 10_000,
  requestTimeout: 30_000,
  connectionsCheckingInterval: 1_000,
} as const;

function statusFor(code: string | null): RawStatus {
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return 408;
  if (code === 'HPE_HEADER_OVERFLOW') return 431;
  return 400;
}

/**
 * Keeps a listening server up through errors that belong to one connection: a request that is
 * not HTTP is answered 400 and that connection closed, logged by its error code only (the bytes
 * the client sent may hold a token); a failed TLS handshake and an accept error (out of file
 * descriptors) are logged. Without a listener the accept error would end the process.
 */
export function guardHttpServer(
  server: http.Server | https.Server,
  log: Logger,
  name: string,
): void {
  // Before listening, an error (port taken) is the caller's to report.
  server.once('listening', () =>
    server.on('error', (error) => logSocketError(log, `${name} server error`, error)),
  );
  server.on('tlsClientError', (error: Error, socket: net.Socket) =>
    logSocketError(log, `${name} TLS handshake failed`, error, {
      remote: socket.remoteAddress ?? null,
    }),
  );
  server.on('clientError', (error: Error, socket: Duplex) => {
    const connection = socket as net.Socket;
    if (peerWentAway(error)) {
      logSocketError(log, `${name} connection error`, error);
    } else {
      log.warn(`${name} refused a malformed request`, {
        code: errorCode(error),
        error: error.message,
        remote: connection.remoteAddress ?? null,
      });
      if (connection.writable && connection.bytesWritten === 0) {
        connection.write(rawResponse(statusFor(errorCode(error))));
      }
    }
    connection.destroy();
  });
}

/**
 * Only a WebSocketServer with its own HTTP server emits `error` (ours share one); the listener
 * keeps that from ever ending the process should one get its own.
 */
export function guardWebSocketServer(sockets: WebSocketServer, log: Logger, name: string): void {
  sockets.on('error', (error) => logSocketError(log, `${name} WebSocket server error`, error));
}
