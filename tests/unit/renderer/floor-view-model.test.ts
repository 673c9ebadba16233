import { describe, expect, it } from 'vitest';
import type { FloorRepRow, LeaderboardEntry } from '../../../shared/floor/floor-view';
import { isEscalationKey } from '../../../renderer/src/floor/escalation-key';
import { stateCell } from '../../../renderer/src/floor/floor-clock';
import {
  leadAge,
  percentOrNone,
  speedToLead,
  stateText,
  talkTime,
} from '../../../renderer/src/floor/floor-format';
import {
  RANKED,
  ariaSort,
  nextOrder,
  ordered,
} from '../../../renderer/src/floor/leaderboard-order';

const NOW = Date.UTC(2026, 10, 24, 17, 0, 0);

function row(overrides: Partial<FloorRepRow>): FloorRepRow {
  return {
    repId: 'ana',
    repName: 'Ana',
    timeZone: 'America/Chicago',
    connected: true,
    state: 'connected',
    stateSince: NOW,
    pauseCode: null,
    lead: null,
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
    ...overrides,
  };
}

function entry(repName: string, rank: number, dials: number, rate: number | null) {
  return {
    rank,
    repId: repName.toLowerCase(),
    repName,
    conversions: 3 - rank,
    conversionRate: rate,
    contacts: 4,
    dials,
    talkSeconds: 60,
    responseTimeMedianMs: null,
  } satisfies LeaderboardEntry;
}

describe('the floor row', () => {
  it("colours time in state by VICIdial's thresholds: 10 s, 1 min, 5 min", () => {
    const at = (ms: number) => stateCell(row({ stateSince: NOW - ms }), NOW);
    expect([9_999, 10_000, 59_999, 60_000, 299_999, 300_000].map((ms) => at(ms).band)).toEqual([
      0, 1, 1, 2, 2, 3,
    ]);
    expect(at(65_000)).toMatchObject({ text: '1:05', category: 'incall' });
    expect(stateCell(row({ state: 'paused', stateSince: NOW }), NOW).category).toBe('paused');
    expect(stateCell(row({ connected: false }), NOW).category).toBe('offline');
    expect(stateCell(row({ state: null, stateSince: null }), NOW).text).toBe('—');
  });

  it('reads as a supervisor reads it', () => {
    expect(stateText('wrap-up', true)).toBe('wrap-up');
    expect(stateText('connected', false)).toBe('offline');
    expect(percentOrNone(0.333)).toBe('33%');
    expect(percentOrNone(null)).toBe('—');
    expect(talkTime(3_725)).toBe('1:02:05');
    expect(speedToLead(42_400)).toBe('42 s');
    expect(speedToLead(2 * 3_600_000 + 5 * 60_000)).toBe('2 h 5 min');
    expect(speedToLead(null)).toBe('—');
    expect(leadAge(NOW - 4 * 60_000, NOW)).toBe('4 min');
  });
});

describe('the leaderboard order', () => {
  const entries = [entry('Ana', 1, 30, 0.5), entry('Ben', 2, 45, null), entry('Cy', 3, 12, 0.2)];

  it("starts in the hub's ranking and sorts any column, empty values last", () => {
    expect(ordered(entries, RANKED).map((e) => e.repName)).toEqual(['Ana', 'Ben', 'Cy']);
    const byDials = nextOrder(RANKED, 'dials');
    expect(byDials).toEqual({ key: 'dials', direction: 'desc' });
    expect(ordered(entries, byDials).map((e) => e.repName)).toEqual(['Ben', 'Ana', 'Cy']);
    const flipped = nextOrder(byDials, 'dials');
    expect(ordered(entries, flipped).map((e) => e.repName)).toEqual(['Cy', 'Ana', 'Ben']);
    const byRate = nextOrder(flipped, 'conversionRate');
    expect(ordered(entries, byRate).map((e) => e.repName)).toEqual(['Ana', 'Cy', 'Ben']);
    expect(nextOrder(RANKED, 'repName')).toEqual({ key: 'repName', direction: 'asc' });
  });

  it('tells assistive technology which column sorts, and which way', () => {
    expect(ariaSort({ key: 'dials', direction: 'desc' }, 'dials')).toBe('descending');
    expect(ariaSort({ key: 'dials', direction: 'asc' }, 'dials')).toBe('ascending');
    expect(ariaSort({ key: 'dials', direction: 'asc' }, 'contacts')).toBe('none');
  });
});

describe('the escalation key', () => {
  const press = { key: 'e', altKey: false, ctrlKey: false, metaKey: false, repeat: false };
  it('is E, never while typing, never held, never with a modifier', () => {
    expect(isEscalationKey(press, 'elsewhere')).toBe(true);
    expect(isEscalationKey({ ...press, key: 'E' }, 'focused-control')).toBe(true);
    expect(isEscalationKey(press, 'text-entry')).toBe(false);
    expect(isEscalationKey({ ...press, repeat: true }, 'elsewhere')).toBe(false);
    expect(isEscalationKey({ ...press, ctrlKey: true }, 'elsewhere')).toBe(false);
    expect(isEscalationKey({ ...press, key: 'r' }, 'elsewhere')).toBe(false);
  });
});
