import type { KpiReportRow } from '../../../shared/reports/kpi-report';
import { groupLabel, periodAxisLabel } from './chart-points';
import { shownValue, type ReportColumn } from './report-columns';

export interface GroupSeries {
  /** The data key: "g0", "g1", … (a group's name may hold a dot, which Recharts reads as a path). */
  key: string;
  label: string;
}

export interface GroupTrend {
  series: GroupSeries[];
  /** One point per period: its axis label and each group's value (null: a gap). */
  points: Array<Record<string, string | number | null>>;
}

/** A line per group over the periods, in the report's order, each value as the table shows it. */
export function groupTrend(rows: readonly KpiReportRow[], column: ReportColumn): GroupTrend {
  const series: GroupSeries[] = [];
  const keyOf = new Map<string, string>();
  const points = new Map<string, Record<string, string | number | null>>();
  for (const row of rows) {
    const group = row.group ?? '';
    let key = keyOf.get(group);
    if (key === undefined) {
      key = `g${series.length}`;
      keyOf.set(group, key);
      series.push({ key, label: groupLabel(row) });
    }
    const period = row.period ?? '';
    const point = points.get(period) ?? { name: periodAxisLabel(period) };
    point[key] = shownValue(column, row);
    points.set(period, point);
  }
  return { series, points: [...points.values()] };
}
