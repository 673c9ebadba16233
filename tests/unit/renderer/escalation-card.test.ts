import { describe, expect, it } from 'vitest';
import type { FloorEscalation, FloorRepRow } from '../../../shared/floor/floor-view';
import { escalationCallText } from '../../../renderer/src/floor/escalation-call';

const NOW = Date.UTC(2026, 10, 24, 17, 0, 0);
const RAISED = NOW - 120_000;

function escalation(call: Partial<NonNullable<FloorEscalation['call']>> | null): FloorEscalation {
  return {
    id: 'esc-00000001',
    repId: 'ana',
    leadId: 12,
    attemptId: 'a-7',
    note: 'Help',
    call: call && {
      leadName: 'Dana Reyes',
      phone: '+13035550176',
      source: 'Website form',
      state: 'connected',
      startedAt: RAISED - 68_000,
      answeredAt: RAISED - 60_000,
      endedAt: null,
      ...call,
    },
    raisedAt: RAISED,
    acknowledgedAt: null,
    acknowledgedBy: null,
    answer: null,
  };
}

/** Ana's floor row: on lead 12 in `state`, unless told otherwise. */
function anaOn(state: FloorRepRow['state'], leadId = 12, connected = true): FloorRepRow {
  return {
    repId: 'ana',
    repName: 'Ana',
    timeZone: 'UTC',
    connected,
    state,
    stateSince: RAISED,
    pauseCode: null,
    lead: { id: leadId, createdAt: RAISED - 3_600_000 },
    leadsWaiting: null,
    kpis: {
      dials: 0,
      contacts: 0,
      conversions: 0,
      conversionRate: null,
      contactRate: null,
      talkSeconds: 0,
      responseTimeMedianMs: null,
      respondedWithinSlaShare: null,
    },
    lastSeq: 0,
    lastEventAt: null,
  };
}

describe("an escalation card's call line", () => {
  it('ticks while the rep is still on that call: the talk time from the answer to now', () => {
    expect(escalationCallText(escalation({}), anaOn('connected'), NOW)).toBe('connected · 3:00');
  });

  it('says how the call stood when escalated once the rep has moved on', () => {
    expect(escalationCallText(escalation({}), anaOn('wrap-up'), NOW)).toBe(
      'connected · 1:00 (when escalated)',
    );
    expect(escalationCallText(escalation({}), anaOn('connected', 13), NOW)).toBe(
      'connected · 1:00 (when escalated)',
    );
    expect(escalationCallText(escalation({}), anaOn('connected', 12, false), NOW)).toBe(
      'connected · 1:00 (when escalated)',
    );
  });

  it('counts a call not yet answered from when it was placed, an ended one to its end', () => {
    expect(
      escalationCallText(escalation({ state: 'ringing', answeredAt: null }), anaOn('ringing'), NOW),
    ).toBe('ringing · 3:08');
    expect(
      escalationCallText(
        escalation({ state: 'wrap-up', endedAt: RAISED - 15_000 }),
        anaOn('paused'),
        NOW,
      ),
    ).toBe('wrap-up · 0:45 (when escalated)');
  });

  it('names no call when there was none, and says so when no lead was on screen', () => {
    expect(
      escalationCallText(
        escalation({ state: 'preview', startedAt: null, answeredAt: null }),
        anaOn('preview'),
        NOW,
      ),
    ).toBe('preview (when escalated)');
    expect(escalationCallText(escalation(null), anaOn('idle'), NOW)).toBe('no lead on screen');
  });
});
