import type { Duplex } from 'node:stream';
import type { Logger } from '../log/logger';

/** Codes that only say the peer went away: nothing to act on, so they are logged quietly. */
const PEER_GONE = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED', 'ETIMEDOUT']);

export function errorCode(error: Error): string | null {
  const { code } = error as NodeJS.ErrnoException;
  return typeof code === 'string' ? code : null;
}

export function peerWentAway(error: Error): boolean {
  return PEER_GONE.has(errorCode(error) ?? '');
}

/** Logs an error by its code and message only: what the peer sent may carry a secret. */
export function logSocketError(
  log: Logger,
  message: string,
  error: Error,
  fields: Record<string, unknown> = {},
): void {
  const line = { ...fields, code: errorCode(error), error: error.message };
  if (peerWentAway(error)) log.info(message, line);
  else log.warn(message, line);
}

/**
 * An error on this socket is logged and ends this socket only. Node gives an upgraded socket no
 * error listener of its own, so without this a client resetting a refused upgrade is an
 * uncaught error that ends the process.
 */
export function guardSocket(socket: Duplex, log: Logger, message: string): void {
  socket.on('error', (error) => {
    logSocketError(log, message, error);
    socket.destroy();
  });
}
