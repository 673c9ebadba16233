import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DISPOSITIONS } from '../../../shared/domain/disposition';
import type { Attempt } from '../../../shared/domain/attempt';
import { computeKpiSnapshot, mergeKpiSnapshots, type LeadTiming } from '../../../shared/kpi';
import { HOUR_MS, MINUTE_MS } from '../../../shared/clock';
import { answeredCall, unansweredCall } from './attempt-factory';

const DAY_START = Date.UTC(2026, 10, 27, 0, 0);
const NOW = DAY_START + 20 * HOUR_MS;
const REPS = ['rep-1', 'rep-2', 'rep-3'];
const LEAD_COUNT = 12;

interface Dial {
  minute: number;
  leadId: number;
  repId: string;
  answered: boolean;
  outcome: string;
  talkSeconds: number;
  wrapUpSeconds: number;
}

const dialAt = (minute: number): fc.Arbitrary<Dial> =>
  fc.record({
    minute: fc.constant(minute),
    leadId: fc.integer({ min: 1, max: LEAD_COUNT }),
    repId: fc.constantFrom(...REPS),
    answered: fc.boolean(),
    outcome: fc.constantFrom(...DEFAULT_DISPOSITIONS.map((d) => d.code)),
    talkSeconds: fc.integer({ min: 0, max: 900 }),
    wrapUpSeconds: fc.integer({ min: 0, max: 120 }),
  });

/** Dials over yesterday and today, each in its own minute so a lead's first attempt is unambiguous. */
const floorArbitrary: fc.Arbitrary<Dial[]> = fc
  .uniqueArray(fc.integer({ min: -24 * 60, max: 19 * 60 }), { maxLength: 60 })
  .chain((minutes) => fc.tuple(...minutes.map(dialAt)));

function floorFrom(dials: Dial[]): { attempts: Attempt[]; leads: LeadTiming[] } {
  const attempts = dials.map((dial) => {
    const startedAt = DAY_START + dial.minute * MINUTE_MS;
    return dial.answered
      ? answeredCall(
          dial.leadId,
          startedAt,
          dial.outcome,
          dial.talkSeconds,
          dial.wrapUpSeconds,
          dial.repId,
        )
      : unansweredCall(dial.leadId, startedAt, dial.outcome, dial.repId);
  });
  const leads = Array.from({ length: LEAD_COUNT }, (_, index) => {
    const id = index + 1;
    const starts = attempts.filter((a) => a.leadId === id).map((a) => a.startedAt);
    return {
      id,
      createdAt: DAY_START - 3 * HOUR_MS + id * 7 * MINUTE_MS,
      firstAttemptAt: starts.length > 0 ? Math.min(...starts) : null,
    };
  });
  return { attempts, leads };
}

function expectSameRate(actual: number | null, expected: number | null): void {
  if (expected === null) expect(actual).toBeNull();
  else expect(actual).toBeCloseTo(expected, 9);
}

describe('team totals', () => {
  it('equal the KPIs of all the floor’s attempts taken together', () => {
    fc.assert(
      fc.property(floorArbitrary, (dials) => {
        const { attempts, leads } = floorFrom(dials);
        const snapshotOf = (subset: Attempt[]) =>
          computeKpiSnapshot({
            attempts: subset,
            dispositions: DEFAULT_DISPOSITIONS,
            leads,
            timeZone: 'UTC',
            now: NOW,
          });
        const team = mergeKpiSnapshots(
          REPS.map((rep) => snapshotOf(attempts.filter((a) => a.repId === rep))),
        );
        const whole = snapshotOf(attempts);

        const counts = [
          'dials',
          'contacts',
          'conversions',
          'talkSeconds',
          'handledCalls',
          'handleSeconds',
        ] as const;
        for (const key of counts) expect(team[key]).toBe(whole[key]);
        expect(team.firstDialAt).toBe(whole.firstDialAt);
        expectSameRate(team.contactRate, whole.contactRate);
        expectSameRate(team.conversionRate, whole.conversionRate);
        expectSameRate(team.averageHandleSeconds, whole.averageHandleSeconds);
        expectSameRate(team.respondedWithinSlaShare, whole.respondedWithinSlaShare);
        expect(team.responseTimesMs).toEqual(whole.responseTimesMs);
        expect(team.closingTimesMs).toEqual(whole.closingTimesMs);
        expect(team.responseTimeMedianMs).toBe(whole.responseTimeMedianMs);
      }),
      { numRuns: 200 },
    );
  });
});
