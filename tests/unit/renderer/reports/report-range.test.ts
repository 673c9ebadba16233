import { describe, expect, it } from 'vitest';
import { checkRange, defaultRange } from '../../../../renderer/src/reports/report-range';

describe('the report range as typed', () => {
  it('opens on the last eight ISO weeks: Monday seven weeks back to today, in the zone', () => {
    // Tuesday 24 Nov 2026, 17:00 UTC: noon in New York.
    const now = Date.UTC(2026, 10, 24, 17, 0);
    expect(defaultRange(now, 'America/New_York')).toEqual({ from: '2026-10-05', to: '2026-11-24' });
  });

  it("cuts today in the zone's own day: 02:00 UTC Monday is still Sunday in Los Angeles", () => {
    const now = Date.UTC(2026, 10, 30, 2, 0);
    expect(defaultRange(now, 'Europe/Berlin')).toEqual({ from: '2026-10-12', to: '2026-11-30' });
    expect(defaultRange(now, 'America/Los_Angeles')).toEqual({
      from: '2026-10-05',
      to: '2026-11-29',
    });
  });

  it('accepts a sound range, a single day included', () => {
    expect(checkRange({ from: '2026-10-05', to: '2026-11-24' })).toEqual({
      ok: true,
      from: '2026-10-05',
      to: '2026-11-24',
    });
    expect(checkRange({ from: '2026-11-24', to: '2026-11-24' }).ok).toBe(true);
  });

  it('says a backwards range on the last day, in words naming both days', () => {
    expect(checkRange({ from: '2026-11-24', to: '2026-11-02' })).toEqual({
      ok: false,
      problems: {
        to: 'The last day (2026-11-02) is before the first (2026-11-24): pick a later last day or an earlier first day.',
      },
    });
  });

  it('allows two years (731 days) and says the latest last day past that', () => {
    expect(checkRange({ from: '2024-01-01', to: '2025-12-31' }).ok).toBe(true);
    expect(checkRange({ from: '2024-01-01', to: '2026-01-01' })).toEqual({
      ok: false,
      problems: {
        to: 'A report covers at most two years (731 days): from 2024-01-01, the last day can be 2025-12-31 at the latest.',
      },
    });
  });

  it('says an unfinished or impossible date on its own field', () => {
    expect(checkRange({ from: '', to: '2026-02-30' })).toEqual({
      ok: false,
      problems: {
        from: 'Enter the first day as a full date (YYYY-MM-DD).',
        to: 'Enter the last day as a full date (YYYY-MM-DD).',
      },
    });
  });
});
