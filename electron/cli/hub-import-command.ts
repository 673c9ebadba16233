import fs from 'node:fs';
import path from 'node:path';
import { readTeamToken } from '../hub/auth/team-token-file';
import { checkImportFileSize } from '../core/leads/import';
import { postTeamImport } from '../core/team/imports';
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
  const answer = await postTeamImport({
    hubUrl: command.hubUrl,
    teamToken: readTeamToken(command.tokenFile),
    filePath: command.file,
    fileName,
    campaignId: command.campaignId,
    defaultCountry: command.defaultCountry,
    dateTimeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  });
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
