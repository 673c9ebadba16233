import Papa from 'papaparse';
import type { ImportIssue } from './import-issue';

export const IMPORT_REPORT_COLUMNS = [
  'Row',
  'Column',
  'Value',
  'Problem',
  'What happened',
] as const;

const ACTION_WORDS: Record<ImportIssue['rowAction'], string> = {
  skipped: 'row not imported',
  merged: 'merged into an earlier row',
  'merged-into-lead': 'merged into an existing lead',
  imported: 'imported',
};

/**
 * The import report as CSV for a spreadsheet. Cells starting with = + - @ (or a tab or carriage
 * return) get a leading apostrophe: a value copied from an untrusted lead file must not run as a
 * formula when the report is opened.
 */
export function importIssuesToCsv(issues: readonly ImportIssue[]): string {
  return Papa.unparse(
    {
      fields: [...IMPORT_REPORT_COLUMNS],
      data: issues.map((issue) => [
        String(issue.rowNumber),
        issue.field,
        issue.value,
        issue.reason,
        ACTION_WORDS[issue.rowAction],
      ]),
    },
    { escapeFormulae: true, newline: '\r\n' },
  );
}
