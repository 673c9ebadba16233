import { describe, expect, it } from 'vitest';
import type { LeadWaitingEventBody } from '../../../../shared/floor/protocol';
import { LeadWaitingReporter } from '../../../../electron/core/floor/link/lead-waiting-reporter';
import { createLogger } from '../../../../electron/core/platform/log/logger';
import { ManualClock } from '../../../support/manual-clock';
import { ioTurn } from './support/io-turn';

const T0 = Date.UTC(2026, 2, 10, 17, 0, 0);

function reporter() {
  const clock = new ManualClock(T0);
  let current: LeadWaitingEventBody = { type: 'lead-waiting', count: 5, oldestCreatedAt: T0 - 600 };
  const published: Array<{ at: number; body: LeadWaitingEventBody }> = [];
  const unit = new LeadWaitingReporter({
    read: () => Promise.resolve(current),
    publish: (body) => published.push({ at: clock.now(), body }),
    clock,
    log: createLogger(() => undefined),
  });
  const set = (count: number, oldestCreatedAt: number | null) =>
    (current = { type: 'lead-waiting', count, oldestCreatedAt });
  return { clock, unit, published, set };
}

/** The reporter reads asynchronously; a few turns let a read come back. */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await ioTurn();
}

describe('the fresh-leads report', () => {
  it('goes out on start, and at once when the oldest waiting lead changes', async () => {
    const r = reporter();
    r.unit.start();
    await settle();
    expect(r.published.map((p) => p.body)).toEqual([
      { type: 'lead-waiting', count: 5, oldestCreatedAt: T0 - 600 },
    ]);
    r.clock.advance(1_000);
    r.set(4, T0 - 300); // the oldest lead was dialed
    r.unit.check();
    await settle();
    expect(r.published.map((p) => [p.at, p.body.count, p.body.oldestCreatedAt])).toEqual([
      [T0, 5, T0 - 600],
      [T0 + 1_000, 4, T0 - 300],
    ]);
    r.unit.stop();
  });

  it('sends a count that only moved at most every 30 s, and nothing when nothing moved', async () => {
    const r = reporter();
    r.unit.start();
    await settle();
    r.unit.check();
    await settle();
    expect(r.published).toHaveLength(1);
    r.clock.advance(2_000);
    r.set(6, T0 - 600); // an import added a lead; the oldest is the same
    r.unit.check();
    await settle();
    expect(r.published).toHaveLength(1);
    r.clock.advance(27_999);
    await settle();
    expect(r.published).toHaveLength(1);
    r.clock.advance(1);
    await settle();
    expect(r.published.at(-1)).toEqual({
      at: T0 + 30_000,
      body: { type: 'lead-waiting', count: 6, oldestCreatedAt: T0 - 600 },
    });
    r.unit.stop();
  });

  it('looks by itself every 30 s (imports do not tell the session) and stops when told', async () => {
    const r = reporter();
    r.unit.start();
    await settle();
    r.set(0, null);
    r.clock.advance(30_000);
    await settle();
    expect(r.published.at(-1)?.body).toEqual({
      type: 'lead-waiting',
      count: 0,
      oldestCreatedAt: null,
    });
    r.unit.stop();
    r.set(3, T0);
    r.clock.advance(120_000);
    await settle();
    expect(r.published).toHaveLength(2);
    expect(r.clock.pendingTimers()).toBe(0);
  });
});
