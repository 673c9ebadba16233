import { describe, expect, it } from 'vitest';
import { DEFAULT_DISPOSITIONS } from '../../../shared/domain/disposition';
import { KPI_TARGETS, computeKpiSnapshot } from '../../../shared/kpi';
import { HOUR_MS } from '../../../shared/clock';
import { answeredCall, leadTiming, unansweredCall } from './attempt-factory';

const NOON = Date.UTC(2026, 10, 27, 12, 0);
const snapshotOf = (
  attempts: ReturnType<typeof unansweredCall>[],
  leads: ReturnType<typeof leadTiming>[] = [],
) =>
  computeKpiSnapshot({
    attempts,
    dispositions: DEFAULT_DISPOSITIONS,
    leads,
    timeZone: 'UTC',
    now: NOON,
  });

/** `contacts` contacts at 09:00 + n minutes, the first `conversions` of them converted. */
const contactsWithConversions = (contacts: number, conversions: number) =>
  Array.from({ length: contacts }, (_, index) =>
    answeredCall(
      index + 1,
      Date.UTC(2026, 10, 27, 9, index),
      index < conversions ? 'converted' : 'not-interested',
      60,
      10,
    ),
  );

describe('target statuses', () => {
  it('keeps the targets from the brief in one place', () => {
    expect(KPI_TARGETS).toEqual({
      conversionRate: 0.2,
      dialsPerRepPerDay: 30,
      responseTimeMs: HOUR_MS,
    });
  });

  it('meets the conversion target at exactly 20 % and misses it just below', () => {
    expect(snapshotOf(contactsWithConversions(5, 1)).status.conversionRate).toBe('on');
    expect(snapshotOf(contactsWithConversions(6, 1)).status.conversionRate).toBe('off');
  });

  it('meets the response-time target with a median of exactly one hour, not a millisecond more', () => {
    const created = Date.UTC(2026, 10, 27, 8, 0);
    const dial = (firstAttemptAt: number) =>
      snapshotOf([unansweredCall(1, firstAttemptAt)], [leadTiming(1, created, firstAttemptAt)]);
    expect(dial(created + HOUR_MS).status.responseTime).toBe('on');
    expect(dial(created + HOUR_MS + 1).status.responseTime).toBe('off');
    expect(dial(created + HOUR_MS + 1).respondedWithinSlaShare).toBe(0);
  });

  it('meets the dial target when the projection reaches 30', () => {
    // First dial at 06:00, now 12:00: 6 h in, 2 h of the workday left.
    const dials = (count: number) =>
      Array.from({ length: count }, (_, index) =>
        unansweredCall(index + 1, Date.UTC(2026, 10, 27, 6, 0) + index * 1000),
      );
    expect(snapshotOf(dials(23)).projectedDials).toBe(31); // 23 + 23/6 × 2 = 30.67
    expect(snapshotOf(dials(23)).status.dials).toBe('on');
    expect(snapshotOf(dials(22)).projectedDials).toBe(29); // 22 + 22/6 × 2 = 29.33
    expect(snapshotOf(dials(22)).status.dials).toBe('off');
  });
});
