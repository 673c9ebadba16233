import { describe, expect, it } from 'vitest';
import type { Attempt } from '../../../shared/domain/attempt';
import { computeKpiSnapshot } from '../../../shared/kpi';
import {
  HEAVY_DAY_START,
  HEAVY_DAY_TALK_SECONDS,
  HEAVY_DAY_WRAP_UP_SECONDS,
  heavyKpiDay,
} from './heavy-day';

// The time it takes is measured by `npm run bench kpi` (tests/bench/kpi), where a busy machine
// cannot fail a test; here only what does not depend on the machine.

/** The attempts, behind a proxy that counts how often one of them is read. */
function countingReads(attempts: readonly Attempt[]): { attempts: Attempt[]; reads: () => number } {
  let reads = 0;
  const proxy = new Proxy([...attempts], {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { attempts: proxy, reads: () => reads };
}

describe('snapshot cost', () => {
  it('reads each attempt of a heavy day at most twice: one pass for first dials, one to count', () => {
    const day = heavyKpiDay();
    const counted = countingReads(day.attempts);

    computeKpiSnapshot({ ...day, attempts: counted.attempts });

    expect(counted.reads()).toBeGreaterThan(0);
    expect(counted.reads()).toBeLessThanOrEqual(2 * day.attempts.length);
  });

  it("counts only today's half of the heavy day", () => {
    const answeredToday = 250 - 83; // every third of the dials 250…499 goes unanswered
    const snapshot = computeKpiSnapshot(heavyKpiDay());

    expect(snapshot).toMatchObject({
      dials: 250,
      firstDialAt: HEAVY_DAY_START,
      talkSeconds: answeredToday * HEAVY_DAY_TALK_SECONDS,
      handledCalls: answeredToday,
      handleSeconds: answeredToday * (HEAVY_DAY_TALK_SECONDS + HEAVY_DAY_WRAP_UP_SECONDS),
    });
    // Leads 250…299 are the ones first dialed today.
    expect(snapshot.responseTimesMs).toHaveLength(50);
  });
});
