import fs from 'node:fs';
import path from 'node:path';
import { describeStartupError } from '../core/app/startup-error';
import { exportAttemptsCsv } from '../core/export/export-attempts';
import { exportLeadsCsv } from '../core/export/export-leads';
import { openInlineStore } from '../core/store/open-store';
import { recoverDataDir } from '../core/store/recover';
import { CLI_USAGE, parseCliArgs, type CliCommand } from './cli-args';
import { runImport } from './import-command';

/** The same core as the app, without a UI. Exit 0 on success; 1 on failure; 2 on bad usage. */
async function run(command: CliCommand): Promise<void> {
  const dataDir = path.resolve(command.dataDir);
  if (command.kind === 'recover') {
    console.log(await recoverDataDir(dataDir, Date.now()));
    return;
  }
  if (command.kind === 'import' && !fs.existsSync(command.file)) {
    throw new Error(`The file ${command.file} does not exist.`);
  }
  const { store } = await openInlineStore({ dataDir }).catch((error: unknown) => {
    throw new Error(describeStartupError(error, dataDir));
  });
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
    await store.close();
  }
}

let command: CliCommand;
try {
  command = parseCliArgs(process.argv.slice(2));
} catch (error) {
  console.error(`${(error as Error).message}\n${CLI_USAGE}`);
  process.exit(2);
}
run(command).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error((error as Error).message);
    process.exit(1);
  },
);
