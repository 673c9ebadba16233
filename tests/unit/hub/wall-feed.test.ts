import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FloorModel } from '../../../shared/floor/floor-model';
import type { FloorView } from '../../../shared/floor/floor-view';
import { WallFeed } from '../../../electron/hub/server/wall-feed';
import { LogRecorder } from '../../support/log-recorder';
import { recordUncaught, type UncaughtRecord } from '../../support/uncaught';

/** A floor whose pushes the test makes by hand. */
function handFloor() {
  const model = new FloorModel();
  const listeners = new Set<(view: FloorView) => void>();
  return {
    view: () => model.view(Date.now(), [], []),
    subscribe(listener: (view: FloorView) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    push() {
      for (const listener of listeners) listener(model.view(Date.now(), [], []));
    },
  };
}

let uncaught: UncaughtRecord;
let server: http.Server;
beforeEach(() => {
  uncaught = recordUncaught();
});
afterEach(async () => {
  uncaught.stop();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('wall screen feed', () => {
  it('never writes to a stream it already ended: a push racing shutdown is skipped', async () => {
    const floor = handFloor();
    const wall = new WallFeed(floor, new LogRecorder().logger);
    server = http.createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8' });
      wall.attach(response);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    const { port } = server.address() as AddressInfo;

    const response = await new Promise<http.IncomingMessage>((resolve) =>
      http.get({ host: '127.0.0.1', port }, resolve),
    );
    let text = '';
    response.setEncoding('utf8');
    const firstFrame = new Promise<void>((resolve) =>
      response.on('data', (chunk: string) => {
        text += chunk;
        if (text.includes('event: floor')) resolve();
      }),
    );
    const ended = new Promise<void>((resolve) => response.on('end', () => resolve()));
    await firstFrame;
    wall.closeAll();
    floor.push();

    await uncaught.race(ended);
    expect(uncaught.errors).toEqual([]);
    expect(text.match(/event: floor/g)).toHaveLength(1);
  });
});
