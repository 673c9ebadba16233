import Papa from 'papaparse';
import { NO_SAMPLE, type ReportTable } from './report-table';

/**
 * The table as a spreadsheet reads it: the same header, rows and total, cell for cell. A KPI with
 * no sample, "–" on screen, is an empty cell (a spreadsheet would take the dash for text). A name
 * a spreadsheet would run as a formula (= + - @) is kept as text with a leading apostrophe.
 */
export function reportCsv(table: ReportTable): string {
  const header = [table.rowHeader, ...table.columns.map((column) => column.label)];
  const rows = [...table.rows, table.totals].map((row) => [
    guardFormula(row.label),
    ...row.cells.map((cell) => (cell.text === NO_SAMPLE ? '' : cell.text)),
  ]);
  return Papa.unparse({ fields: header, data: rows }, { newline: '\r\n' });
}

function guardFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** "dialdeck-report-by-source-2026-10-13-to-2026-12-07.csv". */
export function reportFileName(what: string, from: string, to: string): string {
  return `dialdeck-report-${what}-${from}-to-${to}.csv`;
}
