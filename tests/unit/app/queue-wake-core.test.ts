import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/app/create-core';
import type { QueueSummary } from '../../../shared/domain/queue';
import { ManualClock } from '../../support/manual-clock';
import { startTestCore } from '../../support/node-core';
import { makeTempDir } from '../../support/temp-dir';

/** Tuesday 06:00 in London, 01:00 in New York: no demo lead is inside its calling window. */
const BEFORE_HOURS = Date.parse('2026-11-24T06:00:00Z');
const LONDON_OPENS = Date.parse('2026-11-24T08:00:00Z');

describe('the queue while every lead is outside its calling hours', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let core: Core;
  let clock: ManualClock;
  beforeEach(async () => {
    temp = makeTempDir();
    clock = new ManualClock(BEFORE_HOURS);
    core = await startTestCore(temp.dir, { clock });
  });
  afterEach(async () => {
    await core.close();
    temp.remove();
  });

  it('says when the first window opens, and sends a fresh summary when it does', async () => {
    const asleep = await core.dispatcher.dispatch('queue.summary', []);
    expect(asleep.ok && asleep.value).toMatchObject({
      count: 36,
      next: null,
      nextWindow: { opensAt: LONDON_OPENS, timeZone: 'Europe/London' },
    });

    const woken = new Promise<QueueSummary>((resolve) => {
      const stop = core.events.subscribe((event, payload) => {
        if (event !== 'queue.changed') return;
        stop();
        resolve(payload as QueueSummary);
      });
    });
    clock.advance(LONDON_OPENS - BEFORE_HOURS);
    const summary = await woken;
    expect(summary.next?.lead.timeZone).toBe('Europe/London');
    expect(summary.nextWindow).toBeNull();
  });
});
