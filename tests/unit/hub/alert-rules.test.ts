import { describe, expect, it } from 'vitest';
import { evaluateAlerts } from '../../../shared/floor/alert-rules';
import { DEFAULT_ALERT_THRESHOLDS, withThresholds } from '../../../shared/floor/alert-thresholds';
import type { FloorKpis, FloorRepRow } from '../../../shared/floor/floor-view';

// 13:30 in Madrid (UTC+1 in November), 06:30 in Chicago.
const NOW = Date.UTC(2026, 10, 27, 12, 30, 0);
const MIN = 60_000;

const noKpis: FloorKpis = {
  dials: 0,
  contacts: 0,
  conversions: 0,
  conversionRate: null,
  contactRate: null,
  talkSeconds: 0,
  responseTimeMedianMs: null,
  respondedWithinSlaShare: null,
};

function row(overrides: Partial<FloorRepRow>): FloorRepRow {
  return {
    repId: 'ana',
    repName: 'Ana',
    timeZone: 'Europe/Madrid',
    connected: true,
    state: 'dialing',
    stateSince: NOW,
    pauseCode: null,
    lead: null,
    leadsWaiting: null,
    kpis: noKpis,
    lastSeq: 1,
    lastEventAt: NOW,
    ...overrides,
  };
}

const alertsFor = (r: FloorRepRow, thresholds = DEFAULT_ALERT_THRESHOLDS) =>
  evaluateAlerts([r], NOW, thresholds).map((a) => ({ kind: a.kind, message: a.message }));

describe('alert rules', () => {
  it('flag a rep idle for 5 min, not at 4:59', () => {
    expect(alertsFor(row({ state: 'idle', stateSince: NOW - 5 * MIN + 1000 }))).toEqual([]);
    expect(alertsFor(row({ state: 'idle', stateSince: NOW - 5 * MIN }))).toEqual([
      {
        kind: 'rep-idle',
        message: 'Ana has been idle for 5 min (limit 5 min): check in with Ana.',
      },
    ]);
  });

  it('give long pauses their own limit per pause code', () => {
    const paused = (code: 'break' | 'meeting', minutes: number) =>
      alertsFor(row({ state: 'paused', pauseCode: code, stateSince: NOW - minutes * MIN }));
    expect(paused('break', 14)).toEqual([]);
    expect(paused('break', 15)).toEqual([
      {
        kind: 'rep-paused',
        message:
          'Ana has been paused (break) for 15 min (limit 15 min): see whether Ana needs help to get back to the queue.',
      },
    ]);
    expect(paused('meeting', 59)).toEqual([]);
    expect(paused('meeting', 60)).toHaveLength(1);
  });

  it('flag calls stuck ringing, connected or in wrap-up', () => {
    expect(alertsFor(row({ state: 'ringing', stateSince: NOW - 89_000 }))).toEqual([]);
    expect(alertsFor(row({ state: 'ringing', stateSince: NOW - 90_000 }))[0]?.kind).toBe(
      'call-stuck',
    );
    expect(alertsFor(row({ state: 'connected', stateSince: NOW - 30 * MIN }))[0]?.message).toBe(
      'Ana has been on one call for 30 min (limit 30 min): listen in, or ask Ana whether the call needs you.',
    );
    expect(alertsFor(row({ state: 'wrap-up', stateSince: NOW - 5 * MIN }))[0]?.kind).toBe(
      'call-stuck',
    );
  });

  it('say nothing about the state of a rep who is not connected', () => {
    expect(alertsFor(row({ connected: false, state: 'idle', stateSince: NOW - 60 * MIN }))).toEqual(
      [],
    );
  });

  it('flag a fresh lead waiting past the SLA, connected or not', () => {
    const waiting = (minutes: number, connected = true) =>
      alertsFor(
        row({
          connected,
          leadsWaiting: {
            count: 3,
            oldestCreatedAt: NOW - minutes * MIN,
            reportedAt: NOW,
            oldestFirstReportedAt: NOW - minutes * MIN + MIN,
          },
        }),
      );
    expect(waiting(59)).toEqual([]);
    expect(waiting(72, false)).toEqual([
      {
        kind: 'lead-sla',
        message:
          "3 fresh leads waiting in Ana's queue, the oldest for 1 h 12 min (SLA 1 h): ask Ana to call it next, or hand it to a free rep.",
      },
    ]);
  });

  it('do not page for a backlog: leads already past the SLA when the rep first reported them', () => {
    const backlog = alertsFor(
      row({
        leadsWaiting: {
          count: 36,
          oldestCreatedAt: NOW - 28 * 24 * 60 * MIN,
          reportedAt: NOW,
          oldestFirstReportedAt: NOW - MIN,
        },
      }),
    );
    expect(backlog).toEqual([]);
  });

  it('flag a conversion rate under half the target from local midday with 10 contacts', () => {
    const kpis = (contacts: number, conversions: number): FloorKpis => ({
      ...noKpis,
      dials: contacts * 2,
      contacts,
      conversions,
      conversionRate: conversions / contacts,
    });
    expect(alertsFor(row({ kpis: kpis(12, 1) }))).toEqual([
      {
        kind: 'low-conversion',
        message:
          "Ana converted 1 of 12 contacts today (8 %), under 10 % at 13:30: listen to Ana's next calls.",
      },
    ]);
    expect(alertsFor(row({ kpis: kpis(12, 2) }))).toEqual([]);
    expect(alertsFor(row({ kpis: kpis(9, 0) }))).toEqual([]);
    // Still morning in Chicago.
    expect(alertsFor(row({ timeZone: 'America/Chicago', kpis: kpis(12, 0) }))).toEqual([]);
  });

  it('use configured thresholds', () => {
    const strict = withThresholds({ repIdleMs: MIN, lowConversion: { minContacts: 1 } });
    expect(strict.lowConversion).toEqual({ fromLocalHour: 12, minContacts: 1, belowRate: 0.1 });
    expect(alertsFor(row({ state: 'preview', stateSince: NOW - MIN }), strict)[0]?.kind).toBe(
      'rep-idle',
    );
  });

  it('key each occurrence: a new idle spell is a new alert, the same spell is not', () => {
    const first = evaluateAlerts(
      [row({ state: 'idle', stateSince: NOW - 6 * MIN })],
      NOW,
      DEFAULT_ALERT_THRESHOLDS,
    );
    const later = evaluateAlerts(
      [row({ state: 'idle', stateSince: NOW - 6 * MIN })],
      NOW + MIN,
      DEFAULT_ALERT_THRESHOLDS,
    );
    const next = evaluateAlerts(
      [row({ state: 'idle', stateSince: NOW - 5 * MIN })],
      NOW,
      DEFAULT_ALERT_THRESHOLDS,
    );
    expect(later[0]?.key).toBe(first[0]?.key);
    expect(next[0]?.key).not.toBe(first[0]?.key);
  });
});
