import { describe, expect, it } from 'vitest';
import { groupCallbacks } from '../../../renderer/src/callbacks/callback-groups';
import {
  dueText,
  withoutReminder,
  withReminder,
} from '../../../renderer/src/callbacks/due-reminders';

const MIN = 60_000;
// 10:00 in Chicago on Tue 24 Nov 2026.
const now = Date.UTC(2026, 10, 24, 16, 0);

describe('groupCallbacks', () => {
  it('puts overdue promises first, then the rest of the rep’s day, then later days, each soonest first', () => {
    const entries = [
      { id: 'tomorrow', dueAt: now + 20 * 60 * MIN },
      { id: 'late', dueAt: now - 5 * MIN },
      { id: 'tonight', dueAt: now + 13 * 60 * MIN },
      { id: 'soon', dueAt: now + 10 * MIN },
      { id: 'later', dueAt: now - 30 * MIN },
    ];
    const groups = groupCallbacks(entries, now, 'America/Chicago');
    expect(groups.map((g) => [g.id, g.entries.map((e) => e.id)])).toEqual([
      ['overdue', ['later', 'late']],
      ['today', ['soon', 'tonight']],
      ['later', ['tomorrow']],
    ]);
  });

  it('leaves out empty groups', () => {
    expect(groupCallbacks([{ dueAt: now + MIN }], now, 'UTC').map((g) => g.id)).toEqual(['today']);
    expect(groupCallbacks([], now, 'UTC')).toEqual([]);
  });
});

describe('callback reminders', () => {
  const reminder = (leadId: number, dueAt: number) => ({
    leadId,
    name: `Lead ${leadId}`,
    dueAt,
    timeZone: null,
    note: null,
  });

  it('keeps one reminder per lead, the latest, soonest due first', () => {
    let list = withReminder([], reminder(1, now + 5 * MIN));
    list = withReminder(list, reminder(2, now + 2 * MIN));
    list = withReminder(list, reminder(1, now + 9 * MIN));
    expect(list.map((r) => [r.leadId, r.dueAt])).toEqual([
      [2, now + 2 * MIN],
      [1, now + 9 * MIN],
    ]);
    expect(withoutReminder(list, 2).map((r) => r.leadId)).toEqual([1]);
  });

  it('says how soon, or how late', () => {
    expect(dueText(now + 4 * MIN, now)).toBe('due in 4 min');
    expect(dueText(now + 20_000, now)).toBe('due now');
    expect(dueText(now - 12 * MIN, now)).toBe('12 min overdue');
    expect(dueText(now + 125 * MIN, now)).toBe('due in 2 h 5 min');
    expect(dueText(now - 3 * 24 * 60 * MIN, now)).toBe('3 days overdue');
  });
});
