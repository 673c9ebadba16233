import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface LeadRow {
  firstName: string;
  lastName: string;
  phone: string;
  company: string;
  state: string;
  postalCode: string;
  country: string;
  created: string;
}

/** Imports leads into a data folder with the CLI (`npm run cli -- import`), before the app starts. */
export async function importLeads(dataDir: string, rows: readonly LeadRow[]): Promise<void> {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'leads-to-import.csv');
  const header = 'First name,Last name,Phone,Company,State,Postal code,Country,Created';
  const lines = rows.map((row) =>
    [
      row.firstName,
      row.lastName,
      row.phone,
      row.company,
      row.state,
      row.postalCode,
      row.country,
      row.created,
    ].join(','),
  );
  fs.writeFileSync(file, [header, ...lines].join('\n') + '\n');
  await run(process.execPath, [
    '--import',
    'tsx',
    'electron/cli/main.ts',
    'import',
    file,
    '--data-dir',
    dataDir,
  ]);
}
