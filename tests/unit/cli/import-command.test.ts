import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { runImport } from '../../../electron/cli/import-command';
import {
  exportLeadsCsv,
  LEAD_EXPORT_HEADER,
} from '../../../electron/core/leads/export/export-leads';
import { openInlineStore, sql, type Store } from '../../../electron/core/platform/store';
import { makeTempDir } from '../../support/temp-dir';

const MB = 1024 * 1024;

describe('cli import', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let dataDir: string;
  let store: Store;
  beforeEach(async () => {
    temp = makeTempDir();
    dataDir = path.join(temp.dir, 'data');
    ({ store } = await openInlineStore({ dataDir }));
  });
  afterEach(async () => {
    await store.close();
    temp.remove();
  });

  const importFile = (file: string) =>
    runImport(store, { file, dataDir, defaultCountry: 'US', campaignId: 'spring' });
  const write = (name: string, text: string) => {
    const file = path.join(temp.dir, name);
    fs.writeFileSync(file, text);
    return file;
  };
  const campaigns = async () =>
    (await store.all<{ id: string }>(sql`SELECT id FROM campaigns`)).map((row) => row.id);

  it('refuses a file over 200 MB as the window does, and leaves no campaign behind', async () => {
    const file = write('big.csv', 'first_name,phone\nAna,+14155550123\n');
    fs.truncateSync(file, 211 * MB);
    await expect(importFile(file)).rejects.toThrow(
      'big.csv is 211 MB; files up to 200 MB can be imported. Split it into smaller files and import each one.',
    );
    expect(await campaigns()).not.toContain('spring');
  });

  it('imports 200 custom fields of a 10,000-column file, says which were left out, and exports stay narrow', async () => {
    const customs = Array.from({ length: 10_000 }, (_, i) => i + 1);
    const file = write(
      'wide.csv',
      `first_name,phone,${customs.map((n) => `c${n}`).join(',')}\n` +
        `Ana,+14155550123,${customs.map((n) => `v${n}`).join(',')}\n`,
    );
    const { problems } = await importFile(file);
    expect(problems).toContain(
      '9,800 columns are not imported: every custom field from “c201” (column 203) to ' +
        '“c10000” (column 10,002). A file can add at most 200 custom fields and this one has ' +
        '10,000. To keep some of them, delete the columns you do not need from the file and ' +
        'import it again.',
    );
    const { csv } = await exportLeadsCsv(store);
    const [header] = Papa.parse<string[]>(csv).data;
    expect(header).toHaveLength(LEAD_EXPORT_HEADER.length + 200);
  });

  it('says a header-only file has no data rows, without claiming its rows were imported', async () => {
    const file = write('header-only.csv', 'first_name,phone,created_at\n');
    const refused = await importFile(file).catch((error: unknown) => error as Error);
    expect(refused).toBeInstanceOf(Error);
    expect((refused as Error).message.split('\n')).toEqual([
      `Nothing was imported from ${file}.`,
      '0 rows read: 0 added, 0 merged into existing leads, 0 merged into an earlier row, ' +
        '0 on the do-not-call list, 0 not usable.',
      'The file has a header but no data rows.',
    ]);
  });

  it('says there were no issues only when rows were read and imported', async () => {
    const { summary } = await importFile(
      write('one.csv', 'first_name,phone,created_at\nAna,+14155550123,2026-01-05 09:00\n'),
    );
    expect(summary.at(-1)).toBe('No issues: every row was imported as it is.');
  });

  it('says how to fix a file without phone numbers in the file itself: the CLI has no review step', async () => {
    const refused = importFile(write('names.csv', 'name,city\nAl,Paris\n'));
    await expect(refused).rejects.toThrow(
      'No column of names.csv holds phone numbers. Name the column of phone numbers “Phone” in ' +
        'the first row of the file (its header) and import it again.',
    );
    await expect(refused).rejects.not.toThrow(/review/);
  });

  it('refuses a binary file as not a CSV file', async () => {
    const file = write('leads.xlsx', '');
    fs.writeFileSync(
      file,
      Uint8Array.from({ length: 5000 }, (_, i) => (i * 131 + 7) % 256),
    );
    await expect(importFile(file)).rejects.toThrow('This is not a CSV file: it holds binary data');
  });

  it('creates the campaign with the leads', async () => {
    await importFile(write('leads.csv', 'first_name,phone\nAna,+14155550123\n'));
    expect(await campaigns()).toContain('spring');
  });
});
