import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket, { WebSocketServer } from 'ws';
import { FloorModel } from '../../../shared/floor/floor-model';
import { FloorFeed } from '../../../electron/hub/server/floor-feed';
import { LogRecorder } from '../../support/log-recorder';
import { recordUncaught, type UncaughtRecord } from '../../support/uncaught';

let uncaught: UncaughtRecord;
let sockets: WebSocketServer;
beforeEach(() => {
  uncaught = recordUncaught();
});
afterEach(async () => {
  uncaught.stop();
  for (const ws of sockets.clients) ws.terminate();
  await new Promise<void>((resolve) => sockets.close(() => resolve()));
});

describe('supervisor feed', () => {
  it('answers an acknowledgement the store could not take with an error, and keeps serving', async () => {
    const model = new FloorModel();
    const storeGone = () => Promise.reject(new Error('The store is closed.'));
    const log = new LogRecorder();
    const feed = new FloorFeed(
      {
        view: () => model.view(Date.now(), [], []),
        subscribe: () => () => undefined,
        acknowledgeAlert: storeGone,
        answerEscalation: storeGone,
        snoozeRep: storeGone,
      },
      log.logger,
    );
    sockets = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    sockets.on('connection', (ws) => feed.serve(ws));
    await new Promise<void>((resolve) => sockets.once('listening', () => resolve()));
    const { port } = sockets.address() as AddressInfo;

    const client = new WebSocket(`ws://127.0.0.1:${port}`);
    const messages: Record<string, unknown>[] = [];
    const answered = new Promise<void>((resolve) =>
      client.on('message', (data: Buffer) => {
        messages.push(JSON.parse(data.toString()) as Record<string, unknown>);
        if (messages.length === 2) resolve();
      }),
    );
    await new Promise<void>((resolve) => client.once('open', () => resolve()));
    client.send(
      JSON.stringify({ type: 'acknowledge-alert', requestId: 4, alertId: 'a-1', by: 'sam' }),
    );

    await uncaught.race(answered);
    expect(messages[1]).toEqual({
      type: 'result',
      requestId: 4,
      ok: false,
      error: 'The hub could not store it (The store is closed.); try again.',
    });
    expect(uncaught.errors).toEqual([]);
    expect(client.readyState).toBe(WebSocket.OPEN);
    client.close();
  });
});
