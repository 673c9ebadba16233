import type { OpenReport } from '../platform/store';

/** What opening the data folder found that a person must hear about, in the app and the CLI. */
export function describeOpenWarnings(report: OpenReport): string[] {
  const lines: string[] = [];
  if (report.journalLoss) lines.push(`Warning: ${report.journalLoss.message}`);
  if (report.snapshotError) lines.push(snapshotWarning(report.snapshotError));
  return lines;
}

export function snapshotWarning(reason: string): string {
  return (
    `Warning: Dialdeck could not write a fresh snapshot of the database (${reason}). ` +
    'Every change is saved in the journal and nothing is lost; free some disk space so the ' +
    'next start is quick.'
  );
}
