import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SqlStatement, Store } from '../../../../electron/core/platform/store';
import { openInlineStore, sql } from '../../../../electron/core/platform/store';
import { ImportStagingRepository } from '../../../../electron/core/leads/import/import-staging-repository';
import { LeadRepository } from '../../../../electron/core/leads/lead-repository';
import { uploadsDir } from '../../../../electron/core/leads/import/upload-file';
import { makeTempDir } from '../../../support/temp-dir';
import { NOW, openImportFixture, storeDump, upload, type ImportFixture } from './import-fixture';

const HEADER = 'First Name,Last Name,Phone,State';
const ROWS = 20_000;
const FILE = [
  HEADER,
  ...Array.from(
    { length: ROWS },
    (_, i) =>
      `Lead${i},Row${i},+1 312 ${String(555 + Math.floor(i / 10000))} ${String(i % 10000).padStart(4, '0')},IL`,
  ),
].join('\n');

/** A store whose writes go through `before` first (which may fail them or write something else). */
function interceptWrites(
  store: Store,
  before: (statements: readonly SqlStatement[], index: number) => Promise<void> | void,
): Store {
  let index = 0;
  return {
    all: (statement) => store.all(statement),
    get: (statement) => store.get(statement),
    async write(statements) {
      const list: readonly SqlStatement[] = isList(statements) ? statements : [statements];
      await before(list, index++);
      return store.write(statements);
    },
    snapshot: () => store.snapshot(),
    stats: () => store.stats(),
    close: () => store.close(),
  };
}

function isList(value: SqlStatement | readonly SqlStatement[]): value is readonly SqlStatement[] {
  return Array.isArray(value);
}

const isStagingInsert = (statements: readonly SqlStatement[]) =>
  statements.some((s) => s.text.startsWith('INSERT INTO import_rows'));
const isFinalMove = (statements: readonly SqlStatement[]) =>
  statements.some((s) => s.text.startsWith('INSERT INTO leads'));

async function withExistingLead(store: Store) {
  await store.write(
    LeadRepository.insertStatements(
      [
        {
          campaignId: 'c1',
          firstName: 'Old',
          lastName: 'Lead',
          company: '',
          phoneE164: '+13125550001',
          phoneExtension: null,
          email: null,
          timeZone: 'America/Chicago',
          region: null,
          postalCode: null,
          country: 'US',
          createdAt: NOW - 1000,
          owner: null,
          notes: null,
          source: null,
          custom: {},
        },
      ],
      NOW - 1000,
    ),
  );
}

describe('imports are all or nothing', () => {
  let f: ImportFixture | null = null;
  afterEach(async () => {
    await f?.close();
    f = null;
  });

  it('a cancel midway leaves the store as it was, staged rows dropped', async () => {
    let stagedWrites = 0;
    let importId = '';
    f = await openImportFixture({
      readChunkBytes: 8 * 1024,
      wrapStore: (store) =>
        interceptWrites(store, (statements) => {
          // The rep cancels while the second batch of rows is on its way to the store (a cancel
          // timed by progress events raced a fast import to its end).
          if (isStagingInsert(statements) && ++stagedWrites === 2) {
            void f!.service.cancel(importId);
          }
        }),
    });
    await withExistingLead(f.store);
    const before = await storeDump(f.store);
    importId = await upload(f.service, FILE);
    await expect(f.service.commit(importId, null)).rejects.toMatchObject({
      code: 'canceled',
      message: 'The import was cancelled; nothing was imported.',
    });
    expect(stagedWrites).toBe(2);
    expect(await storeDump(f.store)).toEqual(before);
    expect(fs.readdirSync(uploadsDir(f.dataDir))).toEqual([]);
    await expect(f.service.commit(importId, null)).rejects.toThrow(
      'The import of leads.csv has ended; start it again to retry.',
    );
  });

  it('a write failing midway leaves the store as it was', async () => {
    let stagedWrites = 0;
    f = await openImportFixture({
      readChunkBytes: 8 * 1024,
      wrapStore: (store) =>
        interceptWrites(store, (statements) => {
          if (isStagingInsert(statements) && ++stagedWrites === 2) {
            throw new Error('disk full (forced)');
          }
        }),
    });
    await withExistingLead(f.store);
    const before = await storeDump(f.store);
    const importId = await upload(f.service, FILE);
    await expect(f.service.commit(importId, null)).rejects.toMatchObject({
      code: 'storage-failed',
      message: 'The import failed and nothing was imported: disk full (forced)',
    });
    expect(await storeDump(f.store)).toEqual(before);
  });

  it('a row the store refuses at the final move rolls the whole move back', async () => {
    // Another writer, just before the move, adds a lead and a rule that refuses one of the
    // file's numbers: the move fails on its last lead.
    f = await openImportFixture({
      wrapStore: (store) =>
        interceptWrites(store, async (statements) => {
          if (isFinalMove(statements)) {
            await store.write([
              sql`INSERT INTO leads (campaign_id, phone_e164, created_at, imported_at)
                  VALUES ('c1', '+13125552998', ${NOW}, ${NOW})`,
              sql`CREATE TRIGGER refuse_one BEFORE INSERT ON leads
                  WHEN NEW.phone_e164 = '+13125552999'
                  BEGIN SELECT RAISE(ABORT, 'that number is refused'); END`,
            ]);
          }
        }),
    });
    const before = await storeDump(f.store);
    const importId = await upload(f.service, FILE);
    await expect(f.service.commit(importId, null)).rejects.toMatchObject({
      code: 'storage-failed',
      message: expect.stringMatching(
        /^The import failed and nothing was imported: that number is refused/,
      ) as unknown,
    });
    const after = await storeDump(f.store);
    expect(after.leads).toHaveLength(before.leads.length + 1);
    expect(after.leads.at(-1)).toMatchObject({ phone_e164: '+13125552998', first_name: '' });
    expect({ ...after, leads: before.leads }).toEqual(before);
  });

  it('drops what an import left behind when the app stopped midway', async () => {
    const temp = makeTempDir('dialdeck-import-crash-');
    try {
      const { store } = await openInlineStore({ dataDir: temp.dir });
      await store.write([
        ...ImportStagingRepository.createStatements(),
        ...ImportStagingRepository.insertStatements('c1', [
          {
            sourceRow: 2,
            firstName: 'Half',
            lastName: 'Done',
            company: '',
            phoneE164: '+13125550007',
            phoneExtension: null,
            email: null,
            timeZone: 'America/Chicago',
            region: null,
            postalCode: null,
            country: 'US',
            createdAt: NOW,
            importedAt: NOW,
            owner: null,
            notes: null,
            source: null,
            custom: {},
            status: 'new',
            holdReason: null,
            queueTier: 2,
            queueDueAt: NOW,
            callingRegions: 'US',
          },
        ]),
      ]);
      expect((await store.all(sql`SELECT * FROM import_rows`)).length).toBe(1);
      await store.close();
      fs.mkdirSync(uploadsDir(temp.dir), { recursive: true });
      fs.writeFileSync(path.join(uploadsDir(temp.dir), 'old.upload'), 'a,b\n');

      f = await openImportFixture({ dataDir: temp.dir });
      expect(
        await f.store.get(sql`SELECT name FROM sqlite_master WHERE name = 'import_rows'`),
      ).toBeUndefined();
      expect(await f.store.all(sql`SELECT * FROM leads`)).toEqual([]);
      expect(fs.existsSync(uploadsDir(temp.dir))).toBe(false);
    } finally {
      await f?.close();
      f = null;
      temp.remove();
    }
  });
});
