import type { ReportColumn } from './report-columns';

/** A chart tooltip's line: "23.5 %", "42.0 min", "31" (a count has no unit). */
export function tooltipValue(value: unknown, column: ReportColumn): [string, string] {
  const text = column.unit ? `${String(value)} ${column.unit}` : String(value);
  return [text, column.shortLabel];
}
