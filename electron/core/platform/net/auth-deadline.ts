import type http from 'node:http';
import type https from 'node:https';
import type net from 'node:net';
import type { Logger } from '../log/logger';
import { rawResponse } from './raw-response';

export interface AuthDeadlineOptions {
  ms: number;
  log: Logger;
  /** Who is speaking in the log line ("hub", "browser bridge"). */
  name: string;
  /** Over TLS the deadline starts after the handshake, which https's handshakeTimeout bounds. */
  tls: boolean;
}

/**
 * A connection must deliver its first request head within `ms`. Every request and upgrade is
 * judged (credentials checked) as soon as its head arrives, so this bounds how long a connection
 * stays open unauthenticated: one that sends nothing, or drips its headers, is closed with 408
 * instead of being held until Node's own headers timeout.
 */
export function enforceAuthDeadline(
  server: http.Server | https.Server,
  options: AuthDeadlineOptions,
): void {
  const pending = new Map<net.Socket, NodeJS.Timeout>();
  const settle = (socket: net.Socket) => {
    clearTimeout(pending.get(socket));
    pending.delete(socket);
  };
  const expire = (socket: net.Socket) => {
    pending.delete(socket);
    options.log.warn(`${options.name} closed a connection that did not authenticate in time`, {
      remote: socket.remoteAddress ?? null,
      afterMs: options.ms,
    });
    if (socket.writable && socket.bytesWritten === 0) socket.write(rawResponse(408));
    socket.destroy();
  };

  server.on(options.tls ? 'secureConnection' : 'connection', (socket: net.Socket) => {
    const timer = setTimeout(() => expire(socket), options.ms);
    timer.unref();
    pending.set(socket, timer);
    socket.once('close', () => settle(socket));
  });
  server.on('request', (request: http.IncomingMessage) => settle(request.socket));
  server.on('upgrade', (request: http.IncomingMessage) => settle(request.socket));
}
