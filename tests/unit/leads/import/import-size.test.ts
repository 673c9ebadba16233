import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IMPORT_MAX_FILE_BYTES } from '../../../../shared/domain/import';
import { commitLeadFile } from '../../../../electron/core/leads/import/commit-lead-file';
import { checkImportSize } from '../../../../electron/core/leads/import/import-size';
import { openInlineStore, sql, type Store } from '../../../../electron/core/platform/store';
import { makeTempDir } from '../../../support/temp-dir';
import { openImportFixture } from './import-fixture';

const MB = 1024 * 1024;

describe('the import size limit', () => {
  let temp: ReturnType<typeof makeTempDir>;
  beforeEach(() => (temp = makeTempDir()));
  afterEach(() => temp.remove());

  it('takes a file of exactly the limit and refuses one byte more, saying by how much', () => {
    expect(() => checkImportSize('leads.csv', IMPORT_MAX_FILE_BYTES)).not.toThrow();
    expect(() => checkImportSize('leads.csv', IMPORT_MAX_FILE_BYTES + 1)).toThrow(
      'leads.csv is 200.1 MB; files up to 200 MB can be imported. ' +
        'Split it into smaller files and import each one.',
    );
    expect(() => checkImportSize('big.csv', 3 * MB, 2 * MB)).toThrow(
      'big.csv is 3 MB; files up to 2 MB can be imported.',
    );
  });

  it('refuses an upload announced over the limit before anything is written', async () => {
    const f = await openImportFixture({ dataDir: temp.dir });
    try {
      await expect(
        f.service.begin('big.csv', 211 * MB, { campaignId: 'c1', defaultCountry: 'US' }),
      ).rejects.toThrow('big.csv is 211 MB; files up to 200 MB can be imported.');
      expect(fs.existsSync(path.join(temp.dir, 'imports'))).toBe(false);
    } finally {
      await f.close();
    }
  });

  it('refuses a file on disk over the limit in the commit every entry point uses', async () => {
    // Sparse: 211 MB long, next to nothing on disk; refused from its size alone, never read.
    const file = path.join(temp.dir, 'big.csv');
    fs.writeFileSync(file, 'first_name,phone\nAna,+14155550123\n');
    fs.truncateSync(file, 211 * MB);
    const { store } = await openInlineStore({ dataDir: path.join(temp.dir, 'data') });
    try {
      await expect(
        commitLeadFile(store, {
          importId: 'i1',
          fileName: 'big.csv',
          campaignId: 'c1',
          source: file,
          options: { defaultCountry: 'US' },
          now: () => 0,
        }),
      ).rejects.toThrow('big.csv is 211 MB; files up to 200 MB can be imported.');
      expect(await tables(store)).not.toContain('import_rows');
    } finally {
      await store.close();
    }
  });
});

async function tables(store: Store): Promise<string[]> {
  const rows = await store.all<{ name: string }>(
    sql`SELECT name FROM sqlite_master WHERE type = 'table'`,
  );
  return rows.map((row) => row.name);
}
