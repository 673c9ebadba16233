import { describe, expect, it } from 'vitest';
import {
  describeOnClock,
  fromLocalInputValue,
  inAnHour,
  toLocalInputValue,
  tomorrowMorning,
} from '../../../renderer/src/outcomes/callback-presets';

describe('callback presets', () => {
  // 23:30 in Los Angeles on 27 Nov 2026 is already 28 Nov in New York and in UTC.
  const lateEvening = Date.UTC(2026, 10, 28, 7, 30, 42);

  it('"in 1 h" is to the minute', () => {
    expect(inAnHour(lateEvening)).toBe(Date.UTC(2026, 10, 28, 8, 30));
  });

  it('"tomorrow 9:00" is the lead’s tomorrow morning, on the lead’s clock', () => {
    expect(tomorrowMorning(lateEvening, 'America/Los_Angeles')).toBe(Date.UTC(2026, 10, 28, 17, 0));
    expect(tomorrowMorning(lateEvening, 'America/New_York')).toBe(Date.UTC(2026, 10, 29, 14, 0));
  });

  it('"tomorrow 9:00" holds across a DST change', () => {
    // The night clocks go back in New York: 1 Nov 2026.
    const saturdayNoon = Date.UTC(2026, 9, 31, 16, 0);
    expect(tomorrowMorning(saturdayNoon, 'America/New_York')).toBe(Date.UTC(2026, 10, 1, 14, 0));
  });

  it('reads and writes the picker on the lead’s clock', () => {
    const at = Date.UTC(2026, 10, 28, 17, 0);
    expect(toLocalInputValue(at, 'America/Los_Angeles')).toBe('2026-11-28T09:00');
    expect(fromLocalInputValue('2026-11-28T09:00', 'America/Los_Angeles')).toBe(at);
    expect(fromLocalInputValue('not a time', 'America/Los_Angeles')).toBeNull();
  });

  it('describes a time on a given clock', () => {
    expect(describeOnClock(Date.UTC(2026, 10, 28, 17, 0), 'America/Chicago')).toBe(
      'Sat 28 Nov, 11:00 AM',
    );
  });
});
