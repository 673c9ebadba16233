import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { EventHub } from '../../../electron/core/platform/events/event-hub';
import { createLogger } from '../../../electron/core/platform/log/logger';
import { forwardCoreEvents, type EventRecipient } from '../../../electron/main/forward-events';
import { installGracefulQuit } from '../../../electron/main/graceful-quit';

class FakeContents implements EventRecipient {
  sent: Array<[string, unknown]> = [];
  constructor(public destroyed = false) {}
  isDestroyed() {
    return this.destroyed;
  }
  send(channel: string, payload: unknown) {
    this.sent.push([channel, payload]);
  }
}

describe('forwardCoreEvents', () => {
  it('sends each core event on its channel to every live window', () => {
    const hub = new EventHub();
    const live = new FakeContents();
    const closed = new FakeContents(true);
    const stop = forwardCoreEvents(hub, () => [live, closed]);
    const summary = {
      count: 3,
      next: null,
      upcoming: [],
      held: 0,
      nextWindow: null,
      ruleHolds: [],
    };
    hub.emit('queue.changed', summary);
    expect(live.sent).toEqual([['dialdeck-event:queue.changed', summary]]);
    expect(closed.sent).toEqual([]);
    stop();
    hub.emit('queue.changed', { ...summary, count: 2 });
    expect(live.sent).toHaveLength(1);
  });
});

class FakeApp extends EventEmitter {
  exits: number[] = [];
  exit(code = 0) {
    this.exits.push(code);
  }
  quit(): boolean {
    let prevented = false;
    this.emit('will-quit', { preventDefault: () => (prevented = true) });
    return prevented;
  }
}

function deferred() {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('installGracefulQuit', () => {
  it('holds the quit until the core has closed, closes once, then exits 0', async () => {
    const app = new FakeApp();
    const closing = deferred();
    let closes = 0;
    installGracefulQuit(
      app,
      () => {
        closes++;
        return closing.promise;
      },
      createLogger(() => undefined),
    );
    expect(app.quit()).toBe(true);
    expect(app.quit()).toBe(true);
    expect(closes).toBe(1);
    expect(app.exits).toEqual([]);
    closing.resolve();
    await closing.promise;
    await Promise.resolve();
    expect(app.exits).toEqual([0]);
  });

  it('exits 1 and logs when closing fails', async () => {
    const app = new FakeApp();
    const closing = deferred();
    const lines: string[] = [];
    installGracefulQuit(
      app,
      () => closing.promise,
      createLogger((_l, line) => lines.push(line)),
    );
    app.quit();
    closing.reject(new Error('disk full'));
    await closing.promise.catch(() => undefined);
    await Promise.resolve();
    expect(app.exits).toEqual([1]);
    expect(lines.join('\n')).toMatch(/disk full/);
  });
});
