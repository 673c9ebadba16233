import { DateTime } from 'luxon';

export interface WeekRange {
  from: string;
  to: string;
  /** "2026-W48 · Nov 23 – Nov 29". */
  label: string;
}

/** The ISO week `offset` weeks from the one holding `now` (0 this week, -1 last week), in the zone. */
export function isoWeekRange(now: number, timeZone: string, offset: number): WeekRange {
  const monday = DateTime.fromMillis(now, { zone: timeZone })
    .startOf('week')
    .plus({ weeks: offset });
  const sunday = monday.plus({ days: 6 });
  return {
    from: monday.toFormat('yyyy-MM-dd'),
    to: sunday.toFormat('yyyy-MM-dd'),
    label: `${monday.toFormat("kkkk-'W'WW")} · ${monday.toFormat('LLL d')} – ${sunday.toFormat('LLL d')}`,
  };
}
