import { describe, expect, it } from 'vitest';
import { isoWeekRange } from '../../../../renderer/src/reports/my-week-range';

describe("My week's range", () => {
  it('is the ISO week holding now in the rep’s zone, Monday to Sunday', () => {
    // Monday 30 Nov 2026 02:00 UTC: still Sunday 29 Nov in Chicago.
    const now = Date.UTC(2026, 10, 30, 2, 0);
    expect(isoWeekRange(now, 'America/Chicago', 0)).toEqual({
      from: '2026-11-23',
      to: '2026-11-29',
      label: '2026-W48 · Nov 23 – Nov 29',
    });
    expect(isoWeekRange(now, 'Europe/Paris', -1).from).toBe('2026-11-23');
  });

  it('names the ISO year at a year boundary (29 Dec 2026 is in 2026-W53)', () => {
    const now = Date.UTC(2027, 0, 1, 12, 0);
    expect(isoWeekRange(now, 'UTC', 0).label).toBe('2026-W53 · Dec 28 – Jan 3');
  });
});
