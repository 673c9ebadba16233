import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  StoreDamagedError,
  openInlineStore,
  openStore,
  sql,
  type Store,
} from '../../../../electron/core/platform/store';
import { listSegments } from '../../../../electron/core/platform/store/journal/segments';
import { makeTempDir } from '../../../support/temp-dir';

const insertCampaign = sql`INSERT INTO campaigns (id, name, created_at) VALUES ('c1', 'Spring', 1)`;
const insertLead = (id: number, phone: string) =>
  sql`INSERT INTO leads (id, campaign_id, phone_e164, created_at, imported_at) VALUES (${id}, 'c1', ${phone}, 1, 1)`;
const countLeads = async (store: Store) =>
  (await store.get<{ n: number }>(sql`SELECT count(*) AS n FROM leads`))?.n;

const modes = [
  ['inline', openInlineStore],
  ['worker', openStore],
] as const;

describe.each(modes)('store (%s)', (_mode, open) => {
  let temp: ReturnType<typeof makeTempDir>;
  beforeEach(() => (temp = makeTempDir()));
  afterEach(() => temp.remove());

  it('keeps acknowledged writes across a clean close and reopen', async () => {
    const { store } = await open({ dataDir: temp.dir });
    await store.write([insertCampaign, insertLead(1, '+14155550101')]);
    const result = await store.write(insertLead(2, '+14155550102'));
    expect(result.changes).toEqual([1]);
    expect(result.lastInsertRowId).toBe(2);
    await store.close();

    const reopened = await open({ dataDir: temp.dir });
    expect(await countLeads(reopened.store)).toBe(2);
    expect(reopened.stats.openReport.replayedRecords).toBe(0);
    await reopened.store.close();
  });

  it("answers with the rowid of the write's last insert, even when other statements follow it", async () => {
    const { store } = await open({ dataDir: temp.dir });
    await store.write(insertCampaign);
    const result = await store.write([
      insertLead(7, '+14155550107'),
      insertLead(8, '+14155550108'),
      sql`UPDATE leads SET first_name = 'Ann' WHERE id = 7`,
    ]);
    expect(result).toMatchObject({ changes: [1, 1, 1], lastInsertRowId: 8 });
    expect(
      (await store.write(sql`UPDATE leads SET first_name = 'Bo' WHERE id = 8`)).lastInsertRowId,
    ).toBeNull();
    await store.close();
  });

  it('rolls back a write whose statement fails, and keeps working', async () => {
    const { store } = await open({ dataDir: temp.dir });
    await store.write([insertCampaign, insertLead(1, '+14155550101')]);
    await expect(
      store.write([insertLead(2, '+14155550102'), insertLead(1, '+14155550103')]),
    ).rejects.toThrow(/UNIQUE constraint failed/);
    expect(await countLeads(store)).toBe(1);
    await store.write(insertLead(2, '+14155550102'));
    expect(await countLeads(store)).toBe(2);
    await store.close();
  });

  it('snapshots when the journal grows, keeps one backup and prunes covered segments', async () => {
    const { store } = await open({ dataDir: temp.dir, snapshotAfterBytes: 2_000 });
    await store.write(insertCampaign);
    for (let i = 1; i <= 60; i++)
      await store.write(insertLead(i, `+1415555${String(i).padStart(4, '0')}`));
    const stats = await store.stats();
    expect(stats.snapshotSeq).toBeGreaterThan(40);
    expect(fs.existsSync(path.join(temp.dir, 'dialdeck.sqlite.bak'))).toBe(true);
    expect(listSegments(path.join(temp.dir, 'journal')).length).toBeLessThanOrEqual(3);
    await store.close();
    const reopened = await open({ dataDir: temp.dir });
    expect(await countLeads(reopened.store)).toBe(60);
    await reopened.store.close();
  });
});

describe('store recovery', () => {
  let temp: ReturnType<typeof makeTempDir>;
  beforeEach(() => (temp = makeTempDir()));
  afterEach(() => temp.remove());

  /** Writes, then abandons the store without closing it: what a crash leaves behind. */
  async function crashAfterWrites(count: number): Promise<void> {
    const { store } = await openInlineStore({ dataDir: temp.dir });
    await store.write(insertCampaign);
    for (let i = 1; i <= count; i++)
      await store.write(insertLead(i, `+1415555${String(i).padStart(4, '0')}`));
  }

  it('replays the journal over the last snapshot after a crash', async () => {
    await crashAfterWrites(5);
    const { store, stats } = await openInlineStore({ dataDir: temp.dir });
    expect(stats.openReport.replayedRecords).toBe(6);
    expect(await countLeads(store)).toBe(5);
    await store.close();
  });

  it('keeps the bytes of a torn last write and opens without them', async () => {
    await crashAfterWrites(3);
    const [segment] = listSegments(path.join(temp.dir, 'journal')).slice(-1);
    fs.appendFileSync(segment!.file, '0badc0de [4,[["INSERT INTO le');
    const { store, stats } = await openInlineStore({ dataDir: temp.dir });
    expect(await countLeads(store)).toBe(3);
    expect(stats.openReport.keptTornTail).not.toBeNull();
    expect(fs.readFileSync(stats.openReport.keptTornTail!, 'utf8')).toBe(
      '0badc0de [4,[["INSERT INTO le',
    );
    await store.close();
  });

  it('refuses a damaged database file and leaves it exactly as it was', async () => {
    await crashAfterWrites(2);
    const file = path.join(temp.dir, 'dialdeck.sqlite');
    fs.writeFileSync(file, Buffer.from('this is not a database, it was overwritten by something'));
    const before = fs.readFileSync(file);
    const journalBefore = fs.readdirSync(path.join(temp.dir, 'journal'));
    await expect(openInlineStore({ dataDir: temp.dir })).rejects.toThrow(StoreDamagedError);
    await expect(openInlineStore({ dataDir: temp.dir })).rejects.toThrow(
      /cannot be opened .* has not changed or deleted it/,
    );
    expect(fs.readFileSync(file)).toEqual(before);
    expect(fs.readdirSync(path.join(temp.dir, 'journal'))).toEqual(journalBefore);
  });

  it('refuses a truncated database file', async () => {
    const { store } = await openInlineStore({ dataDir: temp.dir });
    await store.write(insertCampaign);
    for (let i = 1; i <= 300; i++)
      await store.write(insertLead(i, `+1415555${String(i).padStart(4, '0')}`));
    await store.close();
    const file = path.join(temp.dir, 'dialdeck.sqlite');
    const bytes = fs.readFileSync(file);
    fs.writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await expect(openInlineStore({ dataDir: temp.dir })).rejects.toThrow(StoreDamagedError);
    expect(fs.statSync(file).size).toBe(Math.floor(bytes.length / 2));
  });

  it('refuses a journal damaged before its end and changes nothing', async () => {
    await crashAfterWrites(4);
    const [segment] = listSegments(path.join(temp.dir, 'journal')).slice(-1);
    const content = fs.readFileSync(segment!.file, 'utf8');
    const damaged = content.replace('+14155550002', '+14155559999');
    fs.writeFileSync(segment!.file, damaged);
    await expect(openInlineStore({ dataDir: temp.dir })).rejects.toThrow(
      /damaged at byte \d+ \(checksum mismatch\)/,
    );
    expect(fs.readFileSync(segment!.file, 'utf8')).toBe(damaged);
  });

  it('opens from the backup snapshot when a crash hit between the two renames', async () => {
    const { store } = await openInlineStore({ dataDir: temp.dir, snapshotAfterBytes: 500 });
    await store.write(insertCampaign);
    for (let i = 1; i <= 20; i++)
      await store.write(insertLead(i, `+1415555${String(i).padStart(4, '0')}`));
    fs.renameSync(
      path.join(temp.dir, 'dialdeck.sqlite'),
      path.join(temp.dir, 'dialdeck.sqlite.bak'),
    );
    const reopened = await openInlineStore({ dataDir: temp.dir });
    expect(reopened.stats.openReport.usedBackup).toBe(true);
    expect(await countLeads(reopened.store)).toBe(20);
    await reopened.store.close();
  });

  it('will not let two live processes share a data folder', async () => {
    fs.writeFileSync(path.join(temp.dir, 'dialdeck.lock'), String(process.ppid));
    await expect(openInlineStore({ dataDir: temp.dir })).rejects.toThrow(/Another Dialdeck/);
  });
});
