import type { TargetStatus } from '../../../shared/kpi';
import type { KpiReportRow } from '../../../shared/reports/kpi-report';
import {
  REPORT_COLUMNS,
  shownValue,
  targetStatus,
  type ReportColumn,
  type ReportColumnId,
} from './report-columns';

/** What a cell shows when its KPI has no sample (a rate with no dials, a median of nothing). */
export const NO_SAMPLE = '–';

export interface ReportCell {
  column: ReportColumnId;
  text: string;
  status: TargetStatus;
}

export interface ReportTableRow {
  key: string;
  label: string;
  cells: ReportCell[];
}

/** One table exactly as drawn: the CSV export writes these strings, so the two cannot differ. */
export interface ReportTable {
  /** The first column's header: "Week", "Day", "Rep", "Source", "Campaign". */
  rowHeader: string;
  columns: readonly ReportColumn[];
  rows: ReportTableRow[];
  totals: ReportTableRow;
}

export function reportTable(
  rowHeader: string,
  rows: readonly KpiReportRow[],
  totals: KpiReportRow,
  rowLabel: (row: KpiReportRow) => string,
): ReportTable {
  return {
    rowHeader,
    columns: REPORT_COLUMNS,
    rows: rows.map((row, index) => tableRow(`${index}:${rowLabel(row)}`, rowLabel(row), row)),
    totals: tableRow('totals', 'Total', totals),
  };
}

function tableRow(key: string, label: string, row: KpiReportRow): ReportTableRow {
  return {
    key,
    label,
    cells: REPORT_COLUMNS.map((column) => {
      const value = shownValue(column, row);
      return {
        column: column.id,
        text: cellText(value, column.digits),
        status: targetStatus(column, value),
      };
    }),
  };
}

function cellText(value: number | null, digits: number): string {
  return value === null ? NO_SAMPLE : value.toFixed(digits);
}
