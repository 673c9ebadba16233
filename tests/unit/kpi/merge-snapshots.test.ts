import { describe, expect, it } from 'vitest';
import { DEFAULT_DISPOSITIONS } from '../../../shared/domain/disposition';
import type { Attempt } from '../../../shared/domain/attempt';
import {
  computeKpiSnapshot,
  mergeKpiSnapshots,
  type KpiSnapshot,
  type LeadTiming,
} from '../../../shared/kpi';
import { answeredCall, leadTiming, unansweredCall } from './attempt-factory';

const at = (hour: number, minute = 0) => Date.UTC(2026, 10, 27, hour, minute);
const NOW = at(13, 0);

const repSnapshot = (attempts: Attempt[], leads: LeadTiming[], timeZone = 'UTC') =>
  computeKpiSnapshot({ attempts, dispositions: DEFAULT_DISPOSITIONS, leads, timeZone, now: NOW });

// Rep A from 09:00: 10 dials, 5 contacts, 1 conversion (20 %); leads answered in 10, 20 and 90 min.
const repA = repSnapshot(
  [
    answeredCall(1, at(9, 0), 'converted', 120, 30),
    answeredCall(2, at(9, 10), 'not-interested', 60, 20),
    answeredCall(3, at(9, 20), 'not-interested', 60, 20),
    answeredCall(4, at(9, 30), 'callback', 60, 20),
    answeredCall(5, at(9, 40), 'interested', 60, 20),
    ...[6, 7, 8, 9, 10].map((lead) => unansweredCall(lead, at(10, lead))),
  ],
  [
    leadTiming(1, at(8, 50), at(9, 0)),
    leadTiming(2, at(8, 50), at(9, 10)),
    leadTiming(3, at(7, 50), at(9, 20)),
  ],
);
// Rep B from 11:00: 2 dials, 1 contact, 1 conversion (100 %); one lead answered in 5 min.
const repB = repSnapshot(
  [answeredCall(20, at(11, 0), 'converted', 300, 70), unansweredCall(21, at(11, 30))],
  [leadTiming(20, at(10, 55), at(11, 0))],
);

describe('mergeKpiSnapshots', () => {
  const team = mergeKpiSnapshots([repA, repB]);

  it('adds up the counts', () => {
    expect(team).toMatchObject({
      reps: 2,
      dials: 12,
      contacts: 6,
      conversions: 2,
      talkSeconds: 660,
      handledCalls: 6,
      handleSeconds: 840, // A: 150 + 4 × 80; B: 370
    });
  });

  it('recomputes rates from the sums instead of averaging the reps’ rates', () => {
    expect(team.conversionRate).toBeCloseTo(2 / 6, 12); // not (20 % + 100 %) / 2
    expect(team.contactRate).toBe(0.5);
    expect(team.averageHandleSeconds).toBe(140);
    expect(team.status.conversionRate).toBe('on');
  });

  it('pools the speed-to-lead samples for a true team median', () => {
    expect(team.responseTimesMs).toEqual([300_000, 600_000, 1_200_000, 5_400_000]);
    expect(team.responseTimeMedianMs).toBe(900_000); // not the mean of medians, 12.5 min
    expect(team.respondedWithinSla).toBe(3);
    expect(team.respondedWithinSlaShare).toBe(0.75);
  });

  it('adds the reps’ paces and projections and scales the dial target by the reps', () => {
    // A: 10 dials in 4 h = 2.5/h, + 2.5 × 4 h left = 20. B: 2 dials in 2 h = 1/h, + 6 h left = 8.
    expect([repA.dialsPerHour, repA.projectedDials]).toEqual([2.5, 20]);
    expect([repB.dialsPerHour, repB.projectedDials]).toEqual([1, 8]);
    expect(team.firstDialAt).toBe(at(9, 0));
    expect(team.dialsPerHour).toBe(3.5);
    expect(team.projectedDials).toBe(28);
    expect(team.dialTarget).toBe(60);
    expect(team.status.dials).toBe('off');
  });

  it('merges reps whose days run in different zones, each by their own day', () => {
    // At 13:00 UTC it is 22:00 in Tokyo; a dial at 09:00 UTC (18:00 there) is that rep's today.
    const tokyo = repSnapshot([unansweredCall(30, at(9, 0))], [], 'Asia/Tokyo');
    expect(mergeKpiSnapshots([repB, tokyo]).dials).toBe(3);
  });

  it('gives the same team whether merged at once or floor by floor', () => {
    const repC = repSnapshot([answeredCall(40, at(12, 0), 'converted', 30, 5)], []);
    const inSteps = mergeKpiSnapshots([mergeKpiSnapshots([repA, repB]), repC]);
    expect(inSteps).toEqual(mergeKpiSnapshots([repA, repB, repC]));
  });

  it('keeps a single rep’s snapshot as it is', () => {
    expect(mergeKpiSnapshots([repA])).toEqual(repA);
  });

  it('gives an empty floor zero reps, no target and nothing to colour', () => {
    const empty: KpiSnapshot = mergeKpiSnapshots([]);
    expect(empty).toMatchObject({ reps: 0, dials: 0, dialTarget: 0, conversionRate: null });
    expect(empty.status.dials).toBe('none');
  });
});
