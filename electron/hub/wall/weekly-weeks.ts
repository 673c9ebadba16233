import { DateTime } from 'luxon';
import type { KpiReport, KpiReportQuery, KpiReportRow } from '../../../shared/reports/kpi-report';

export interface WeeklyComparison {
  /** "2026-W48". */
  thisWeek: string;
  lastWeek: string;
  /** The team's totals in each week; null: nothing happened that week. */
  current: KpiReportRow | null;
  previous: KpiReportRow | null;
  timeZone: string;
}

/** The report the weekly panel asks for: last ISO week and this one, whole, by week. */
export function weeklyPanelQuery(now: number, timeZone: string): KpiReportQuery {
  const thisMonday = DateTime.fromMillis(now, { zone: timeZone }).startOf('week');
  return {
    from: thisMonday.minus({ weeks: 1 }).toFormat('yyyy-MM-dd'),
    to: thisMonday.plus({ days: 6 }).toFormat('yyyy-MM-dd'),
    period: 'week',
    breakdown: null,
  };
}

/** This ISO week and the one before, in the zone the report cut its days in. */
export function weeklyComparison(report: KpiReport, now: number): WeeklyComparison {
  const thisMonday = DateTime.fromMillis(now, { zone: report.timeZone }).startOf('week');
  const thisWeek = isoWeek(thisMonday);
  const lastWeek = isoWeek(thisMonday.minus({ weeks: 1 }));
  const rowOf = (week: string) => report.rows.find((row) => row.period === week) ?? null;
  return {
    thisWeek,
    lastWeek,
    current: rowOf(thisWeek),
    previous: rowOf(lastWeek),
    timeZone: report.timeZone,
  };
}

function isoWeek(day: DateTime): string {
  return day.toFormat("kkkk-'W'WW");
}
