import type { RawData, WebSocket } from 'ws';
import type { Core } from '../core/app/create-core';
import { logSocketError } from '../core/platform/net/socket-errors';
import { clientMessageSchema } from './bridge-protocol';

/**
 * One page's bridge socket: calls go through the dispatcher, events are pushed. A frame `ws`
 * cannot accept (too big, invalid UTF-8, a protocol error) is an `error` here: `ws` has already
 * closed this socket with the matching code (1009, 1007, 1002); it is logged, and every other
 * socket goes on.
 */
export function serveBridgeSocket(ws: WebSocket, core: Core): void {
  const unsubscribe = core.events.subscribe((event, payload) => {
    ws.send(JSON.stringify({ type: 'event', event, payload }));
  });
  ws.on('close', unsubscribe);
  ws.on('error', (error) => logSocketError(core.log, 'browser bridge socket error', error));
  ws.on('message', (data) => {
    let message;
    try {
      message = clientMessageSchema.parse(JSON.parse(rawDataToText(data)));
    } catch {
      ws.close(1008, 'Malformed message');
      return;
    }
    const { id, method, args } = message;
    void core.dispatcher
      .dispatch(method, args)
      .then((result) => {
        if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ type: 'result', id, result }));
      })
      .catch((error: unknown) => {
        core.log.error('browser bridge could not answer a call', {
          method,
          error: String(error),
        });
        ws.close(1011, 'Internal error');
      });
  });
}

function rawDataToText(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data as ArrayBuffer).toString('utf8');
}
