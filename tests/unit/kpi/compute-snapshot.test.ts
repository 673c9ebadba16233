import { describe, expect, it } from 'vitest';
import { DEFAULT_DISPOSITIONS, SYSTEM_DISPOSITIONS } from '../../../shared/domain/disposition';
import { computeKpiSnapshot, type KpiInput } from '../../../shared/kpi';
import { DomainError } from '../../../shared/result';
import { answeredCall, leadTiming, makeAttempt, unansweredCall } from './attempt-factory';

const dispositions = [...DEFAULT_DISPOSITIONS, ...SYSTEM_DISPOSITIONS];
const CHICAGO = 'America/Chicago';
/** Local wall time in Chicago in late November 2026 (CST, UTC−6). */
const chicago = (day: number, hour: number, minute = 0, second = 0) =>
  Date.UTC(2026, 10, day, hour + 6, minute, second);
const today = (hour: number, minute = 0, second = 0) => chicago(27, hour, minute, second);
const yesterday = (hour: number, minute = 0) => chicago(26, hour, minute);

function snapshotOf(input: Partial<KpiInput> & Pick<KpiInput, 'now'>) {
  return computeKpiSnapshot({ attempts: [], dispositions, leads: [], timeZone: CHICAGO, ...input });
}

describe('computeKpiSnapshot: a rep’s working day', () => {
  const attempts = [
    answeredCall(1, today(9, 0), 'converted', 300, 40),
    unansweredCall(2, today(9, 10)),
    answeredCall(3, today(9, 20), 'not-interested', 120, 60),
    answeredCall(4, today(9, 30), 'voicemail-left', 60, 20),
    answeredCall(2, today(10, 0), 'callback', 600, 120),
    makeAttempt({ leadId: 5, startedAt: today(11, 0), answeredAt: today(11, 0, 5) }),
    answeredCall(6, yesterday(16, 0), 'interested', 200, 30),
    answeredCall(6, today(12, 0), 'converted', 300, 60),
  ];
  const leads = [
    leadTiming(1, today(8, 30), today(9, 0)),
    leadTiming(2, yesterday(20, 0), today(9, 10)),
    leadTiming(3, today(9, 15), today(9, 20)),
    leadTiming(4, today(7, 0), today(9, 30)),
    leadTiming(5, today(10, 59), today(11, 0)),
    leadTiming(6, yesterday(15, 0), yesterday(16, 0)),
    leadTiming(99, today(14, 0), null),
  ];
  const snapshot = snapshotOf({ attempts, leads, now: today(15, 0) });

  it('counts the attempts started today and the contacts and conversions among them', () => {
    expect(snapshot.dials).toBe(7);
    expect(snapshot.contacts).toBe(4);
    expect(snapshot.contactRate).toBeCloseTo(4 / 7, 12);
    expect(snapshot.conversions).toBe(2);
    expect(snapshot.conversionRate).toBe(0.5);
  });

  it('sums talk time and averages talk plus wrap-up over the answered, recorded calls', () => {
    // The call answered at 11:00 and never ended is not the one on the line (none is named):
    // it counts the talk stored on it, none.
    expect(snapshot.talkSeconds).toBe(1380);
    // 300+40, 120+60, 60+20, 600+120, 300+60; the unanswered and the live call are not handled yet.
    expect(snapshot.handledCalls).toBe(5);
    expect(snapshot.handleSeconds).toBe(1680);
    expect(snapshot.averageHandleSeconds).toBe(336);
  });

  it('paces dials from the first dial and projects them to the end of an 8 h workday', () => {
    expect(snapshot.firstDialAt).toBe(today(9, 0));
    expect(snapshot.dialsPerHour).toBeCloseTo(7 / 6, 12);
    // 7 dials + 7/6 an hour × the 2 h left until 17:00 = 9.33.
    expect(snapshot.projectedDials).toBe(9);
    expect(snapshot.dialTarget).toBe(30);
  });

  it('measures speed-to-lead over the leads first dialed today, an overnight wait included', () => {
    expect(snapshot.responseTimesMs).toEqual([
      60_000, // lead 5: 10:59 → 11:00
      300_000, // lead 3: 09:15 → 09:20
      1_800_000, // lead 1: 08:30 → 09:00
      9_000_000, // lead 4: 07:00 → 09:30
      47_400_000, // lead 2: 20:00 yesterday → 09:10 today
    ]);
    expect(snapshot.responseTimeMedianMs).toBe(1_800_000);
    expect(snapshot.respondedWithinSla).toBe(3);
    expect(snapshot.respondedWithinSlaShare).toBe(0.6);
  });

  it('measures closing speed from the lead’s first attempt, even one made yesterday', () => {
    // Lead 1: 09:00 → outcome 09:05:50. Lead 6: 16:00 yesterday → outcome 12:06:10 today.
    expect(snapshot.closingTimesMs).toEqual([350_000, 72_370_000]);
    expect(snapshot.closingTimeMedianMs).toBe(36_360_000);
  });

  it('colours the KPIs that have a target and leaves the rest neutral', () => {
    expect(snapshot.status).toEqual({
      dials: 'off',
      contacts: 'none',
      contactRate: 'none',
      conversions: 'none',
      conversionRate: 'on',
      talkTime: 'none',
      averageHandleTime: 'none',
      responseTime: 'on',
      closingSpeed: 'none',
    });
  });
});

describe('computeKpiSnapshot: edge cases', () => {
  it('reports an empty day with zeros, no rates and nothing to colour', () => {
    const snapshot = snapshotOf({
      attempts: [answeredCall(1, yesterday(10, 0), 'converted', 60, 10)],
      leads: [leadTiming(1, yesterday(9, 0), yesterday(10, 0))],
      now: today(10, 0),
    });
    expect(snapshot).toMatchObject({
      reps: 1,
      dials: 0,
      contacts: 0,
      conversions: 0,
      talkSeconds: 0,
      handledCalls: 0,
      contactRate: null,
      conversionRate: null,
      averageHandleSeconds: null,
      firstDialAt: null,
      dialsPerHour: null,
      projectedDials: null,
      dialTarget: 30,
      responseTimesMs: [],
      responseTimeMedianMs: null,
      respondedWithinSla: 0,
      respondedWithinSlaShare: null,
      closingTimeMedianMs: null,
    });
    expect(new Set(Object.values(snapshot.status))).toEqual(new Set(['none']));
  });

  it('counts an outcome code the campaign does not define as a dial only', () => {
    const snapshot = snapshotOf({
      attempts: [answeredCall(1, today(9, 0), 'retired-code', 30, 5)],
      now: today(10, 0),
    });
    expect([snapshot.dials, snapshot.contacts, snapshot.conversions]).toEqual([1, 0, 0]);
    expect(snapshot.contactRate).toBe(0);
    expect(snapshot.conversionRate).toBeNull();
  });

  it('counts a live call’s talk up to now, rounded as an ended call’s', () => {
    const live = makeAttempt({ leadId: 1, startedAt: today(9, 0), answeredAt: today(9, 0, 10) });
    const at = (ms: number, liveAttemptId: string | null = live.id) =>
      snapshotOf({ attempts: [live], now: today(9, 0, 10) + ms, liveAttemptId });
    expect(at(0).talkSeconds).toBe(0);
    expect(at(60_400).talkSeconds).toBe(60);
    expect(at(60_600).talkSeconds).toBe(61);
    // A call a crash cut off (answered, never ended) is not on the line: it never grows.
    expect(at(60_600, null).talkSeconds).toBe(0);
    // Once it ends, the stored talk time is what counts.
    const ended = { ...live, endedAt: today(9, 1, 10), talkSeconds: 60 };
    expect(
      snapshotOf({ attempts: [ended], now: today(10, 0), liveAttemptId: live.id }).talkSeconds,
    ).toBe(60);
  });

  it('counts an outcome kept not on the line as a dial only, never a contact or conversion', () => {
    const kept = { ...unansweredCall(1, today(9, 0), 'converted'), notOnTheLine: true };
    const machine = {
      ...answeredCall(2, today(9, 10), 'interested', 20, 5),
      answeredBy: 'machine' as const,
      notOnTheLine: true,
    };
    const real = answeredCall(3, today(9, 20), 'converted', 60, 10);
    const snapshot = snapshotOf({ attempts: [kept, machine, real], now: today(10, 0) });
    expect([snapshot.dials, snapshot.contacts, snapshot.conversions]).toEqual([3, 1, 1]);
    expect(snapshot.conversionRate).toBe(1);
    expect(snapshot.closingTimesMs).toHaveLength(1);
    // Without the mark the same outcomes would count: the mark is what keeps them out.
    const unmarked = snapshotOf({
      attempts: [kept, machine, real].map((a) => ({ ...a, notOnTheLine: false })),
      now: today(10, 0),
    });
    expect([unmarked.contacts, unmarked.conversions]).toEqual([3, 2]);
  });

  it('credits a lead’s response time only to the rep who dialed it first', () => {
    const lead = leadTiming(7, today(8, 0), today(8, 30));
    const first = snapshotOf({
      attempts: [unansweredCall(7, today(8, 30), 'no-answer', 'rep-1')],
      leads: [lead],
      now: today(12, 0),
    });
    const second = snapshotOf({
      attempts: [answeredCall(7, today(11, 0), 'callback', 60, 10, 'rep-2')],
      leads: [lead],
      now: today(12, 0),
    });
    expect(first.responseTimesMs).toEqual([1_800_000]);
    expect(second.responseTimesMs).toEqual([]);
  });

  it('takes the earliest attempt seen when the lead’s first attempt is not written back yet', () => {
    const snapshot = snapshotOf({
      attempts: [unansweredCall(8, today(9, 45))],
      leads: [leadTiming(8, today(9, 0), null)],
      now: today(10, 0),
    });
    expect(snapshot.responseTimesMs).toEqual([2_700_000]);
  });

  it('measures pace over at least 15 minutes so the first dial reads as 4 an hour', () => {
    const snapshot = snapshotOf({ attempts: [unansweredCall(1, today(9, 0))], now: today(9, 1) });
    expect(snapshot.dialsPerHour).toBe(4);
    // 1 + 4/h × 479 min left of the workday = 32.93.
    expect(snapshot.projectedDials).toBe(33);
    expect(snapshot.status.dials).toBe('on');
  });

  it('ends the projected workday at local midnight for a rep who starts late', () => {
    const attempts = [0, 12, 24, 36, 48].map((minute) => unansweredCall(minute, today(20, minute)));
    const snapshot = snapshotOf({ attempts, now: today(21, 0) });
    expect(snapshot.dialsPerHour).toBe(5);
    expect(snapshot.projectedDials).toBe(20);
  });

  it('stops projecting once the workday is over', () => {
    const attempts = [unansweredCall(1, today(8, 0)), unansweredCall(2, today(9, 0))];
    const snapshot = snapshotOf({ attempts, now: today(18, 0) });
    expect(snapshot.dialsPerHour).toBe(0.2);
    expect(snapshot.projectedDials).toBe(2);
  });

  describe('with the rep’s shift hours (09:00–17:00 in Chicago)', () => {
    const shift = { startMinute: 9 * 60, endMinute: 17 * 60 };

    it('does not read the first dial as a day’s pace: one dial at 9:01 projects 9, not 33', () => {
      const snapshot = snapshotOf({
        attempts: [unansweredCall(1, today(9, 0))],
        shift,
        now: today(9, 1),
      });
      // Measured over the shift's first hour at least: 1 an hour × 7 h 59 min left + 1 = 8.98.
      expect(snapshot.dialsPerHour).toBe(1);
      expect(snapshot.projectedDials).toBe(9);
    });

    it('counts the working day from the shift’s start, so a late start shows', () => {
      const attempts = [0, 10, 20, 30, 40, 50].map((minute) =>
        unansweredCall(minute + 1, today(11, minute)),
      );
      const snapshot = snapshotOf({ attempts, shift, now: today(12, 0) });
      // 6 dials in the 3 h since 9:00 is 2 an hour; 6 + 2 × 5 h left = 16.
      expect(snapshot.dialsPerHour).toBe(2);
      expect(snapshot.projectedDials).toBe(16);
    });

    it('starts the working day at a first dial before the shift, and stops projecting at its end', () => {
      const early = [unansweredCall(1, today(8, 0)), unansweredCall(2, today(9, 0))];
      expect(snapshotOf({ attempts: early, shift, now: today(10, 0) }).dialsPerHour).toBe(1);
      const after = snapshotOf({ attempts: early, shift, now: today(18, 0) });
      expect(after.projectedDials).toBe(2);
    });

    it('follows the wall clock on a DST day', () => {
      // 1 Nov 2026, Chicago goes back to CST at 2:00: the 09:00 shift starts at 15:00 UTC.
      const sunday = Date.UTC(2026, 10, 1, 15, 0);
      const snapshot = snapshotOf({
        attempts: [unansweredCall(1, sunday), unansweredCall(2, sunday + 30 * 60_000)],
        shift,
        now: sunday + 2 * 3_600_000,
      });
      // 2 dials over the 2 h since 9:00 local: 1 an hour, 6 h left: 8.
      expect(snapshot.dialsPerHour).toBe(1);
      expect(snapshot.projectedDials).toBe(8);
    });
  });

  it('rejects a time zone luxon does not know', () => {
    expect(() => snapshotOf({ timeZone: 'Mars/Olympus_Mons', now: today(9, 0) })).toThrow(
      DomainError,
    );
  });
});
