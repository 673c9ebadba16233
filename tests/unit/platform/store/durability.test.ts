import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openInlineStore, sql, type Store } from '../../../../electron/core/platform/store';
import { listSegments } from '../../../../electron/core/platform/store/journal/segments';
import { recoverDataDir } from '../../../../electron/core/platform/store/recover';
import { folderDigest } from '../../../support/folder-digest';
import { makeTempDir } from '../../../support/temp-dir';

const insertCampaign = sql`INSERT OR IGNORE INTO campaigns (id, name, created_at) VALUES ('c1', 'Spring', 1)`;
const phoneOf = (n: number) => `+1415555${String(n).padStart(4, '0')}`;
const insertLead = (n: number) =>
  sql`INSERT INTO leads (id, campaign_id, phone_e164, created_at, imported_at) VALUES (${n}, 'c1', ${phoneOf(n)}, 1, 1)`;
const leadIds = async (store: Store) =>
  (await store.all<{ id: number }>(sql`SELECT id FROM leads ORDER BY id`)).map((row) => row.id);

describe('durability under damage', () => {
  let temp: ReturnType<typeof makeTempDir>;
  beforeEach(() => (temp = makeTempDir()));
  afterEach(() => {
    vi.restoreAllMocks();
    temp.remove();
  });
  const journalDir = () => path.join(temp.dir, 'journal');

  /** A session that writes leads and is then abandoned without closing: what kill -9 leaves. */
  async function sessionEndedByCrash(first: number, count: number): Promise<void> {
    await storeWithLeads(count, first);
  }

  /** The store in the temp folder, given the campaign and `count` leads numbered from `first`. */
  async function storeWithLeads(count: number, first = 1): Promise<Store> {
    const { store } = await openInlineStore({ dataDir: temp.dir });
    await store.write(insertCampaign);
    for (let n = first; n < first + count; n++) await store.write(insertLead(n));
    return store;
  }

  it('recover keeps the records after a damaged segment the snapshot already covers', async () => {
    await sessionEndedByCrash(1, 3);
    await sessionEndedByCrash(4, 3);
    const [older] = listSegments(journalDir());
    const bytes = fs.readFileSync(older!.file);
    fs.writeFileSync(older!.file, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await expect(openInlineStore({ dataDir: temp.dir })).rejects.toThrow(/recover/);

    const report = await recoverDataDir(temp.dir, 1);
    expect(report.ok).toBe(true);
    expect(report.acknowledgedLost).toBe(0);
    expect(report.lines.join('\n')).toContain('No acknowledged change was lost.');
    expect(report.setAside.length).toBeGreaterThan(0);
    const { store } = await openInlineStore({ dataDir: temp.dir });
    expect(await leadIds(store)).toEqual([1, 2, 3, 4, 5, 6]);
    await store.close();
  });

  it('recover rebuilds a journal with a covered segment missing (a gap, no damaged line)', async () => {
    await sessionEndedByCrash(1, 3);
    await sessionEndedByCrash(4, 3);
    const [older] = listSegments(journalDir());
    const lines = fs.readFileSync(older!.file, 'utf8').split('\n').filter(Boolean);
    // The older segment as two files, and the second one lost: records 3 and 4 gone.
    fs.writeFileSync(older!.file, `${lines.slice(0, 2).join('\n')}\n`);
    await expect(openInlineStore({ dataDir: temp.dir })).rejects.toThrow(/jumps from record 2/);

    const report = await recoverDataDir(temp.dir, 1);
    expect(report.ok).toBe(true);
    expect(report.acknowledgedLost).toBe(0);
    const { store } = await openInlineStore({ dataDir: temp.dir });
    expect(await leadIds(store)).toEqual([1, 2, 3, 4, 5, 6]);
    await store.close();
  });

  it('recover says how many acknowledged records it could not keep, and is not ok', async () => {
    await sessionEndedByCrash(1, 5);
    const [segment] = listSegments(journalDir()).slice(-1);
    const content = fs.readFileSync(segment!.file, 'utf8');
    fs.writeFileSync(segment!.file, content.replace(phoneOf(3), '+14155559999'));

    const report = await recoverDataDir(temp.dir, 1);
    expect(report.ok).toBe(false);
    // The damaged record (lead 3) and the two whole records after it (leads 4 and 5).
    expect(report.acknowledgedLost).toBe(3);
    expect(report.lines.join('\n')).toContain('3 acknowledged records come after damage');
    const kept = fs.readdirSync(path.join(temp.dir, 'damaged'));
    expect(kept.some((name) => name.endsWith('.log.1'))).toBe(true);
    const { store } = await openInlineStore({ dataDir: temp.dir });
    expect(await leadIds(store)).toEqual([1, 2]);
    await store.close();
  });

  it('refuses a snapshot with a changed byte inside a row, and recovers from the backup and the journal', async () => {
    const store = await storeWithLeads(4);
    await store.snapshot();
    await store.write(insertLead(5));
    await store.close();

    const file = path.join(temp.dir, 'dialdeck.sqlite');
    const bytes = fs.readFileSync(file);
    const at = bytes.indexOf(Buffer.from(phoneOf(2)));
    expect(at).toBeGreaterThan(0);
    bytes[at + 5] = '9'.charCodeAt(0);
    fs.writeFileSync(file, bytes);
    const before = folderDigest(temp.dir);

    await expect(openInlineStore({ dataDir: temp.dir })).rejects.toThrow(
      /checksum does not match its content.*recover/s,
    );
    expect(folderDigest(temp.dir)).toEqual(before);

    const report = await recoverDataDir(temp.dir, 2);
    expect(report.ok).toBe(true);
    const reopened = await openInlineStore({ dataDir: temp.dir });
    expect(await leadIds(reopened.store)).toEqual([1, 2, 3, 4, 5]);
    const phone = await reopened.store.get<{ phone_e164: string }>(
      sql`SELECT phone_e164 FROM leads WHERE id = 2`,
    );
    expect(phone?.phone_e164).toBe(phoneOf(2));
    await reopened.store.close();
  });

  it('tells, once, how many acknowledged records were cut from the end of the journal', async () => {
    await sessionEndedByCrash(1, 16);
    const [segment] = listSegments(journalDir()).slice(-1);
    const lines = fs.readFileSync(segment!.file, 'utf8').split('\n');
    // 17 records (the campaign, 16 leads); cut inside the 13th lead's record.
    const keep = lines.slice(0, 13).join('\n') + '\n' + lines[13]!.slice(0, 40);
    fs.writeFileSync(segment!.file, keep);

    const { store, stats } = await openInlineStore({ dataDir: temp.dir });
    expect(await leadIds(store)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    const loss = stats.openReport.journalLoss;
    expect(loss?.acknowledgedMissing).toBe(4);
    expect(loss?.message).toContain('4 saved changes are missing');
    expect(loss?.keptAt).toBe(stats.openReport.keptTornTail);
    expect(fs.readFileSync(loss!.keptAt!, 'utf8')).toBe(lines[13]!.slice(0, 40));
    await store.close();

    const again = await openInlineStore({ dataDir: temp.dir });
    expect(again.stats.openReport.journalLoss).toBeNull();
    await again.store.close();
  });

  it('tells about records cut on a line boundary, which leave no torn line', async () => {
    await sessionEndedByCrash(1, 5);
    const [segment] = listSegments(journalDir()).slice(-1);
    const lines = fs.readFileSync(segment!.file, 'utf8').split('\n');
    fs.writeFileSync(segment!.file, lines.slice(0, 3).join('\n') + '\n');
    const { store, stats } = await openInlineStore({ dataDir: temp.dir });
    expect(stats.openReport.keptTornTail).toBeNull();
    expect(stats.openReport.journalLoss?.acknowledgedMissing).toBe(3);
    expect(await leadIds(store)).toEqual([1, 2]);
    await store.close();
  });

  it('keeps quiet about a torn line that was never acknowledged', async () => {
    await sessionEndedByCrash(1, 3);
    const [segment] = listSegments(journalDir()).slice(-1);
    fs.appendFileSync(segment!.file, '0badc0de [5,[["INSERT INTO le');
    const { store, stats } = await openInlineStore({ dataDir: temp.dir });
    expect(stats.openReport.keptTornTail).not.toBeNull();
    expect(stats.openReport.journalLoss).toBeNull();
    await store.close();
  });

  it('opens read-only without changing a byte of the folder, torn tail and temp file included', async () => {
    await sessionEndedByCrash(1, 3);
    const [segment] = listSegments(journalDir()).slice(-1);
    fs.appendFileSync(segment!.file, '0badc0de [5,[["INSERT INTO le');
    fs.writeFileSync(path.join(temp.dir, 'dialdeck.sqlite.tmp'), 'half a snapshot');
    const before = folderDigest(temp.dir);

    const { store, stats } = await openInlineStore({ dataDir: temp.dir, readOnly: true });
    expect(stats.openReport.readOnly).toBe(true);
    expect(await leadIds(store)).toEqual([1, 2, 3]);
    await expect(store.write(insertLead(9))).rejects.toThrow(/read-only/);
    await store.close();
    expect(folderDigest(temp.dir)).toEqual(before);
  });

  it('a snapshot that fails on a full disk removes its temp file, loses nothing and is told, not thrown', async () => {
    const store = await storeWithLeads(1);
    const realWrite = fs.writeSync;
    vi.spyOn(fs, 'writeSync').mockImplementation((fd: number, ...rest: unknown[]) => {
      const target = fs.readlinkSync(`/proc/self/fd/${fd}`);
      if (target.endsWith('.sqlite.tmp')) {
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), {
          code: 'ENOSPC',
        });
      }
      return (realWrite as (...args: unknown[]) => number)(fd, ...rest);
    });
    const closed = await store.close();
    expect(closed.snapshotError).toContain('ENOSPC');
    expect(fs.existsSync(path.join(temp.dir, 'dialdeck.sqlite.tmp'))).toBe(false);
    vi.restoreAllMocks();

    const reopened = await openInlineStore({ dataDir: temp.dir });
    expect(await leadIds(reopened.store)).toEqual([1]);
    await reopened.store.close();
  });

  it('finishes a snapshot cut off between its two renames, even with the backup damaged', async () => {
    const store = await storeWithLeads(3);
    await store.snapshot();
    await store.write(insertLead(4));
    await store.snapshot();
    // The state between the renames: the new snapshot still the temp file, no current one.
    fs.renameSync(
      path.join(temp.dir, 'dialdeck.sqlite'),
      path.join(temp.dir, 'dialdeck.sqlite.tmp'),
    );
    fs.rmSync(path.join(temp.dir, 'dialdeck.lock'));
    fs.writeFileSync(path.join(temp.dir, 'dialdeck.sqlite.bak'), 'damaged');
    const before = folderDigest(temp.dir);

    const readOnly = await openInlineStore({ dataDir: temp.dir, readOnly: true });
    expect(await leadIds(readOnly.store)).toEqual([1, 2, 3, 4]);
    await readOnly.store.close();
    expect(folderDigest(temp.dir)).toEqual(before);

    const reopened = await openInlineStore({ dataDir: temp.dir });
    expect(await leadIds(reopened.store)).toEqual([1, 2, 3, 4]);
    expect(fs.existsSync(path.join(temp.dir, 'dialdeck.sqlite.tmp'))).toBe(false);
    await reopened.store.close();
  });

  it('a leftover temp file never blocks opening', async () => {
    await sessionEndedByCrash(1, 2);
    fs.writeFileSync(path.join(temp.dir, 'dialdeck.sqlite.tmp'), Buffer.alloc(4096, 7));
    const { store } = await openInlineStore({ dataDir: temp.dir });
    expect(await leadIds(store)).toEqual([1, 2]);
    await store.close();
    expect(fs.existsSync(path.join(temp.dir, 'dialdeck.sqlite.tmp'))).toBe(false);
  });
});
