import Papa from 'papaparse';
import type { KpiReportRow } from './kpi-report';

/** The CSV columns: where the row sits, then every KPI by the name the JSON gives it. */
export const REPORT_CSV_COLUMNS: readonly (keyof KpiReportRow)[] = [
  'period',
  'group',
  'groupLabel',
  'dials',
  'contacts',
  'conversions',
  'leadsReached',
  'contactRate',
  'conversionRate',
  'conversionRatePerLeadReached',
  'firstDials',
  'medianResponseSeconds',
  'shareWithin5Min',
  'shareWithinSla',
  'neverDialed',
  'medianClosingSeconds',
  'talkSeconds',
  'handleSeconds',
  'averageHandleSeconds',
  'repDays',
  'dialsPerRepDay',
];

/**
 * Rows as CSV (RFC 4180, CRLF): a header of the KPI names, one line per row, an empty cell
 * where the JSON has null. A label a spreadsheet would run as a formula gets a ' before it.
 */
export function reportCsv(rows: readonly KpiReportRow[]): string {
  const data = rows.map((row) => REPORT_CSV_COLUMNS.map((column) => row[column]));
  return `${Papa.unparse({ fields: [...REPORT_CSV_COLUMNS], data }, { newline: '\r\n', escapeFormulae: true })}\r\n`;
}
