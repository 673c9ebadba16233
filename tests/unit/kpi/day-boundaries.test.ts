import { describe, expect, it } from 'vitest';
import { DEFAULT_DISPOSITIONS } from '../../../shared/domain/disposition';
import { computeKpiSnapshot, localDayAt } from '../../../shared/kpi';
import { HOUR_MS } from '../../../shared/clock';
import { unansweredCall } from './attempt-factory';

const dialsAt = (startTimes: number[], timeZone: string, now: number) =>
  computeKpiSnapshot({
    attempts: startTimes.map((startedAt, index) => unansweredCall(index + 1, startedAt)),
    dispositions: DEFAULT_DISPOSITIONS,
    leads: [],
    timeZone,
    now,
  });

describe('the rep’s local day', () => {
  // Berlin in November is CET (UTC+1): local midnight starting 27 Nov is 26 Nov 23:00 UTC.
  const BERLIN = 'Europe/Berlin';
  const oneMinuteBeforeMidnight = Date.UTC(2026, 10, 26, 22, 59);
  const oneMinuteAfterMidnight = Date.UTC(2026, 10, 26, 23, 1);

  it('starts at local midnight, not UTC midnight', () => {
    expect(localDayAt(Date.UTC(2026, 10, 27, 11, 0), BERLIN)).toEqual({
      start: Date.UTC(2026, 10, 26, 23, 0),
      end: Date.UTC(2026, 10, 27, 23, 0),
    });
  });

  it('counts the dial one minute after local midnight and not the one a minute before', () => {
    const snapshot = dialsAt(
      [oneMinuteBeforeMidnight, oneMinuteAfterMidnight],
      BERLIN,
      Date.UTC(2026, 10, 27, 11, 0),
    );
    expect(snapshot.dials).toBe(1);
    expect(snapshot.firstDialAt).toBe(oneMinuteAfterMidnight);
  });

  it('still counts the late dial while the old day lasts', () => {
    const snapshot = dialsAt(
      [oneMinuteBeforeMidnight, oneMinuteAfterMidnight],
      BERLIN,
      Date.UTC(2026, 10, 26, 22, 59, 30),
    );
    expect(snapshot.dials).toBe(1);
    expect(snapshot.firstDialAt).toBe(oneMinuteBeforeMidnight);
  });

  it('reads the same instants as one day for a rep in UTC', () => {
    const snapshot = dialsAt(
      [oneMinuteBeforeMidnight, oneMinuteAfterMidnight],
      'UTC',
      Date.UTC(2026, 10, 26, 23, 30),
    );
    expect(snapshot.dials).toBe(2);
  });
});

describe('days when the clocks change (America/New_York)', () => {
  const NEW_YORK = 'America/New_York';

  it('spans 23 hours on the spring-forward day and keeps its last half hour', () => {
    // 8 Mar 2026 starts at 00:00 EST (05:00 UTC) and ends at 00:00 EDT on 9 Mar (04:00 UTC).
    const day = localDayAt(Date.UTC(2026, 2, 8, 15, 0), NEW_YORK);
    expect(day).toEqual({ start: Date.UTC(2026, 2, 8, 5, 0), end: Date.UTC(2026, 2, 9, 4, 0) });
    expect(day.end - day.start).toBe(23 * HOUR_MS);

    const justBeforeMidnightEdt = Date.UTC(2026, 2, 9, 3, 59);
    const nextDayMidnightEdt = Date.UTC(2026, 2, 9, 4, 0);
    const beforeDayStart = Date.UTC(2026, 2, 8, 4, 59);
    const snapshot = dialsAt(
      [beforeDayStart, Date.UTC(2026, 2, 8, 5, 30), justBeforeMidnightEdt, nextDayMidnightEdt],
      NEW_YORK,
      Date.UTC(2026, 2, 9, 3, 59, 30),
    );
    expect(snapshot.dials).toBe(2);
  });

  it('spans 25 hours on the fall-back day, so 23:30 EST still belongs to it', () => {
    // 1 Nov 2026 starts at 00:00 EDT (04:00 UTC) and ends at 00:00 EST on 2 Nov (05:00 UTC).
    const day = localDayAt(Date.UTC(2026, 10, 1, 15, 0), NEW_YORK);
    expect(day.end - day.start).toBe(25 * HOUR_MS);

    const lateEveningEst = Date.UTC(2026, 10, 2, 4, 30);
    const snapshot = dialsAt([lateEveningEst], NEW_YORK, Date.UTC(2026, 10, 2, 4, 45));
    expect(snapshot.dials).toBe(1);
  });

  it('paces by real elapsed time across the repeated hour', () => {
    // First dial at 01:30 EDT (05:30 UTC); "now" is 01:30 EST (06:30 UTC): one real hour later.
    const firstDial = Date.UTC(2026, 10, 1, 5, 30);
    const snapshot = dialsAt(
      [0, 15, 30, 45].map((minute) => firstDial + minute * 60_000),
      NEW_YORK,
      Date.UTC(2026, 10, 1, 6, 30),
    );
    expect(snapshot.dialsPerHour).toBe(4);
    // 4 + 4/h × 7 h left of the 8 h workday.
    expect(snapshot.projectedDials).toBe(32);
    expect(snapshot.status.dials).toBe('on');
  });
});
