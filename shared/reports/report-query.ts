import { DateTime } from 'luxon';
import type { KpiReportQuery, ReportBreakdown, ReportGrouping, ReportPeriod } from './kpi-report';

/** A report covers at most this many days (two years, a leap day included). */
export const MAX_REPORT_DAYS = 731;

export const REPORT_PERIODS: readonly ReportPeriod[] = ['day', 'week'];
export const REPORT_BREAKDOWNS: readonly ReportBreakdown[] = ['rep', 'source', 'campaign'];
export const REPORT_GROUPINGS: readonly ReportGrouping[] = [
  ...REPORT_PERIODS,
  ...REPORT_BREAKDOWNS,
];

const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Why a query cannot be answered, in words a person can act on; null when it can. */
export function reportQueryProblem(query: KpiReportQuery): string | null {
  const from = calendarDay(query.from);
  if (!from) return `"from" must be a calendar day as YYYY-MM-DD, not "${query.from}".`;
  const to = calendarDay(query.to);
  if (!to) return `"to" must be a calendar day as YYYY-MM-DD, not "${query.to}".`;
  if (to < from)
    return `The range runs backwards: "to" (${query.to}) is before "from" (${query.from}).`;
  const days = to.diff(from, 'days').days + 1;
  if (days > MAX_REPORT_DAYS) {
    return `The range is ${days} days long; a report covers at most two years (${MAX_REPORT_DAYS} days).`;
  }
  if (query.period !== null && !REPORT_PERIODS.includes(query.period)) {
    return `Unknown period "${String(query.period)}": use day or week.`;
  }
  if (query.breakdown !== null && !REPORT_BREAKDOWNS.includes(query.breakdown)) {
    return `Unknown breakdown "${String(query.breakdown)}": use rep, source or campaign.`;
  }
  return null;
}

/** The query `by=` names: a period alone or a breakdown alone. */
export function queryOfGrouping(
  from: string,
  to: string,
  by: ReportGrouping,
  breakdown: ReportBreakdown | null = null,
): KpiReportQuery {
  const isPeriod = (REPORT_PERIODS as readonly string[]).includes(by);
  return isPeriod
    ? { from, to, period: by as ReportPeriod, breakdown }
    : { from, to, period: null, breakdown: by as ReportBreakdown };
}

/** The day as a zone-free date; null when the text is no real calendar day (2026-02-30). */
export function calendarDay(text: string): DateTime | null {
  if (!CALENDAR_DAY.test(text)) return null;
  const day = DateTime.fromISO(text, { zone: 'utc' });
  return day.isValid ? day : null;
}
