import fs from 'node:fs';
import path from 'node:path';
import { describeOpenWarnings, snapshotWarning } from '../core/app/open-warnings';
import { describeStartupError } from '../core/app/startup-error';
import { exportAttemptsCsv } from '../core/leads/export';
import { exportLeadsCsv } from '../core/leads/export';
import { openInlineStore } from '../core/platform/store/open-store';
import { recoverDataDir } from '../core/platform/store/recover';
import { holdsDialdeckData } from '../core/platform/store/snapshot-files';
import { CLI_USAGE, parseCliArgs, type CliCommand } from './cli-args';
import { runHubImport } from './hub-import-command';
import { runImport } from './import-command';

/** The same core as the app, without a UI. Exit 0 on success; 1 on failure; 2 on bad usage. */
async function run(command: CliCommand): Promise<number> {
  if (command.kind === 'hub-import') {
    const { summary, problems } = await runHubImport(command);
    problems.forEach((line) => console.error(line));
    summary.forEach((line) => console.log(line));
    return 0;
  }
  const dataDir = path.resolve(command.dataDir);
  // Only an import may start a data folder: an export or a recover of a mistyped path must say so,
  // not answer with an empty file or create a folder.
  if (command.kind !== 'import' && !holdsDialdeckData(dataDir)) {
    throw new Error(
      `There is no Dialdeck data in ${dataDir}. Check --data-dir: it is the folder that holds ` +
        'dialdeck.sqlite and journal/.',
    );
  }
  if (command.kind === 'recover') {
    const report = await recoverDataDir(dataDir, Date.now());
    report.lines.forEach((line) => console.log(line));
    return report.ok ? 0 : 1;
  }
  if (command.kind === 'import' && !fs.existsSync(command.file)) {
    throw new Error(`The file ${command.file} does not exist.`);
  }
  // An export only reads: it must leave the data folder exactly as it found it.
  const readOnly = command.kind === 'export';
  const { store, stats } = await openInlineStore({ dataDir, readOnly }).catch((error: unknown) => {
    throw new Error(describeStartupError(error, dataDir));
  });
  describeOpenWarnings(stats.openReport).forEach((line) => console.error(line));
  try {
    if (command.kind === 'import') {
      const { summary, problems } = await runImport(store, { ...command, dataDir });
      problems.forEach((line) => console.error(line));
      summary.forEach((line) => console.log(line));
    } else {
      const { csv, rows } =
        command.what === 'attempts' ? await exportAttemptsCsv(store) : await exportLeadsCsv(store);
      if (command.out) {
        fs.writeFileSync(command.out, csv);
        console.error(`Exported ${rows} ${command.what} to ${command.out}.`);
      } else {
        process.stdout.write(`${csv}\n`);
      }
    }
  } finally {
    const closed = await store.close();
    if (closed.snapshotError) console.error(snapshotWarning(closed.snapshotError));
  }
  return 0;
}

let command: CliCommand;
try {
  command = parseCliArgs(process.argv.slice(2));
} catch (error) {
  console.error(`${(error as Error).message}\n${CLI_USAGE}`);
  process.exit(2);
}
run(command).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error((error as Error).message);
    process.exit(1);
  },
);
