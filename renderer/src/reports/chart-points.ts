import { DateTime } from 'luxon';
import type { KpiReportRow } from '../../../shared/reports/kpi-report';
import { shownValue, type ReportColumn } from './report-columns';

export interface ChartPoint {
  /** The axis label: "W47", "Nov 24", "Ana Ruiz". */
  name: string;
  /** The number the table shows for it; null draws a gap, never a zero. */
  value: number | null;
}

/** One point per period, in the report's order, with the table's rounded number. */
export function trendPoints(rows: readonly KpiReportRow[], column: ReportColumn): ChartPoint[] {
  return rows.map((row) => ({
    name: periodAxisLabel(row.period ?? ''),
    value: shownValue(column, row),
  }));
}

/** One bar per group, in the report's order. */
export function barPoints(rows: readonly KpiReportRow[], column: ReportColumn): ChartPoint[] {
  return rows.map((row) => ({ name: groupLabel(row), value: shownValue(column, row) }));
}

/** "2026-W47" → "W47"; "2026-11-24" → "Nov 24". */
export function periodAxisLabel(period: string): string {
  const week = /^\d{4}-W(\d{2})$/.exec(period);
  if (week) return `W${week[1]}`;
  const day = DateTime.fromISO(period, { zone: 'UTC' });
  return day.isValid ? day.toFormat('LLL d') : period;
}

/** What a person reads for a group: its name, else its id; a row without a group is "(none)". */
export function groupLabel(row: KpiReportRow): string {
  return row.groupLabel ?? row.group ?? '(none)';
}
