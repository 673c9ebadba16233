import fs from 'node:fs';
import path from 'node:path';
import type { ImportIssue, ImportReport } from '../../shared/domain/import';
import { readTeamToken } from '../hub/auth/team-token-file';
import { checkImportFileSize } from '../core/leads/import';
import { issueLines, summaryLines, writeReport } from './import-command';

export interface HubImportCommand {
  file: string;
  hubUrl: string;
  tokenFile: string;
  defaultCountry: string;
  campaignId: string;
}

/**
 * `cli import FILE --hub URL`: the file goes to the hub, which imports it into the team campaign
 * all or nothing with the same importer and answers the same report; the report CSV is written
 * beside the file (in import-reports/). Throws with the hub's message when it refuses the file.
 */
export async function runHubImport(
  command: HubImportCommand,
): Promise<{ summary: string[]; problems: string[] }> {
  if (!fs.existsSync(command.file)) throw new Error(`The file ${command.file} does not exist.`);
  const fileName = path.basename(command.file);
  await checkImportFileSize(fileName, command.file);
  const token = readTeamToken(command.tokenFile);
  const target = new URL('/api/imports', command.hubUrl);
  target.searchParams.set('campaign', command.campaignId);
  target.searchParams.set('fileName', fileName);
  target.searchParams.set('defaultCountry', command.defaultCountry);
  target.searchParams.set('dateTimeZone', Intl.DateTimeFormat().resolvedOptions().timeZone);
  const response = await fetch(target, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' },
    body: await fs.promises.readFile(command.file),
  }).catch((error: unknown) => {
    throw new Error(`Cannot reach the hub at ${command.hubUrl}: ${(error as Error).message}`);
  });
  const answer = (await response.json().catch(() => null)) as
    { report: ImportReport; issues: ImportIssue[] } | { error: { message: string } } | null;
  if (!response.ok || !answer || !('report' in answer)) {
    const why = answer && 'error' in answer ? answer.error.message : `HTTP ${response.status}`;
    throw new Error(`The hub did not import ${command.file}: ${why} Nothing was imported.`);
  }
  const { report, issues } = answer;
  const reportPath =
    issues.length > 0
      ? writeReport(path.dirname(path.resolve(command.file)), fileName, report.committedAt, issues)
      : null;
  const lines = summaryLines(command, report, reportPath);
  lines[0] = lines[0]!.replace(' into campaign ', ` into the team campaign on ${command.hubUrl}: `);
  const problems = [...report.summary.warnings, ...issueLines(issues)];
  if (report.added + report.mergedIntoExisting === 0) {
    throw new Error(
      [`Nothing was imported from ${command.file}.`, ...lines.slice(1), ...problems].join('\n'),
    );
  }
  return { summary: lines, problems };
}
