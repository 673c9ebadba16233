import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ImportIssue, ImportReport } from '../../shared/domain/import';
import { importIssuesToCsv } from '../core/leads/import';
import { NoPhoneColumnError } from '../core/leads/import';
import { commitLeadFile } from '../core/leads/import';
import { CampaignRepository } from '../core/campaigns';
import type { Store } from '../core/platform/store/store';

export interface ImportCommand {
  file: string;
  dataDir: string;
  defaultCountry: string;
  campaignId: string;
}

/** Issues printed to the terminal; the report CSV holds every one. */
const PRINTED_ISSUES = 20;

/**
 * `cli import`: the same all-or-nothing import as the app, into the campaign (created if new).
 * Prints what it did and where the report CSV is, the file's warnings and first issues on stderr;
 * throws when nothing could be imported.
 */
export async function runImport(
  store: Store,
  command: ImportCommand,
): Promise<{ summary: string[]; problems: string[] }> {
  const now = Date.now();
  const fileName = path.basename(command.file);
  const { report, issues } = await commitLeadFile(store, {
    importId: randomUUID(),
    fileName,
    campaignId: command.campaignId,
    source: command.file,
    options: {
      defaultCountry: command.defaultCountry,
      importedAt: now,
      dateTimeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    },
    now: () => Date.now(),
    alsoOnMove: [
      CampaignRepository.ensureStatement({
        id: command.campaignId,
        name: command.campaignId === 'default' ? 'Inbound leads' : command.campaignId,
        createdAt: now,
      }),
    ],
  }).catch((error: unknown) => {
    throw error instanceof NoPhoneColumnError ? noPhoneColumn(fileName) : error;
  });
  const reportPath = issues.length > 0 ? writeReport(command.dataDir, fileName, now, issues) : null;
  const lines = summaryLines(command, report, reportPath);
  const problems = [...report.summary.warnings, ...issueLines(issues)];
  if (report.added + report.mergedIntoExisting === 0) {
    throw new Error(
      [`Nothing was imported from ${command.file}.`, ...lines.slice(1), ...problems].join('\n'),
    );
  }
  return { summary: lines, problems };
}

// There is no review step here: the fix is in the file itself.
function noPhoneColumn(fileName: string): Error {
  return new Error(
    `No column of ${fileName} holds phone numbers. Name the column of phone numbers “Phone” in ` +
      'the first row of the file (its header) and import it again.',
  );
}

/** Problems worth seeing at once, for stderr. */
export function issueLines(issues: readonly ImportIssue[]): string[] {
  const lines = issues
    .slice(0, PRINTED_ISSUES)
    .map((issue) => `row ${issue.rowNumber} (${issue.field}): ${issue.reason}`);
  if (issues.length > PRINTED_ISSUES) lines.push(`… and ${issues.length - PRINTED_ISSUES} more.`);
  return lines;
}

export function summaryLines(
  command: Pick<ImportCommand, 'file' | 'campaignId'>,
  report: ImportReport,
  reportPath: string | null,
): string[] {
  const { summary } = report;
  const held = report.held > 0 ? `, ${report.held} held for review (time zone unclear)` : '';
  const lines = [
    `Imported ${report.added} leads from ${command.file} into campaign "${command.campaignId}"${held}.`,
    `${summary.rowsRead} rows read: ${report.added} added, ${report.mergedIntoExisting} merged into ` +
      `existing leads, ${summary.rowsMerged} merged into an earlier row, ${report.onDncList} on ` +
      `the do-not-call list, ${summary.rowsSkipped} not usable.`,
  ];
  if (reportPath) lines.push(`Report of ${report.issueCount} issues: ${reportPath}`);
  // A file without data rows has no issues, but nothing in it was imported either.
  else if (summary.rowsRead > 0) lines.push('No issues: every row was imported as it is.');
  return lines;
}

export function writeReport(
  dataDir: string,
  fileName: string,
  now: number,
  issues: readonly ImportIssue[],
): string {
  const dir = path.join(dataDir, 'import-reports');
  fs.mkdirSync(dir, { recursive: true });
  const stamp = new Date(now).toISOString().replace(/[:.]/g, '-');
  const file = path.join(dir, `${stamp}-${fileName.replace(/[^\w.-]+/g, '_')}.report.csv`);
  fs.writeFileSync(file, importIssuesToCsv(issues));
  return file;
}
