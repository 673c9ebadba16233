import { DateTime } from 'luxon';
import { calendarDay, MAX_REPORT_DAYS } from '../../../shared/reports/report-query';

/** The range as typed in the two date fields (YYYY-MM-DD, or empty while unfinished). */
export interface RangeDraft {
  from: string;
  to: string;
}

export type RangeCheck =
  { ok: true; from: string; to: string } | { ok: false; problems: { from?: string; to?: string } };

/** Weeks the screen opens on: the current ISO week and the seven before it. */
export const DEFAULT_WEEKS = 8;

/** The last eight ISO weeks up to today, in the given zone: Monday seven weeks ago → today. */
export function defaultRange(now: number, timeZone: string): RangeDraft {
  const today = DateTime.fromMillis(now, { zone: timeZone }).startOf('day');
  const from = today.startOf('week').minus({ weeks: DEFAULT_WEEKS - 1 });
  return { from: isoDay(from), to: isoDay(today) };
}

/** Each problem in words, on the field that has it; the report is asked only for a sound range. */
export function checkRange(draft: RangeDraft): RangeCheck {
  const from = calendarDay(draft.from);
  const to = calendarDay(draft.to);
  const problems: { from?: string; to?: string } = {};
  if (!from) problems.from = 'Enter the first day as a full date (YYYY-MM-DD).';
  if (!to) problems.to = 'Enter the last day as a full date (YYYY-MM-DD).';
  if (from && to) {
    const latestEnd = from.plus({ days: MAX_REPORT_DAYS - 1 });
    if (to < from) {
      problems.to = `The last day (${draft.to}) is before the first (${draft.from}): pick a later last day or an earlier first day.`;
    } else if (to > latestEnd) {
      problems.to = `A report covers at most two years (${MAX_REPORT_DAYS} days): from ${draft.from}, the last day can be ${isoDay(latestEnd)} at the latest.`;
    }
  }
  if (problems.from || problems.to) return { ok: false, problems };
  return { ok: true, from: draft.from, to: draft.to };
}

function isoDay(day: DateTime): string {
  return day.toFormat('yyyy-MM-dd');
}
