import fs from 'node:fs';
import path from 'node:path';
import initSqlJs, { type Database } from 'sql.js';
import { describe, expect, it } from 'vitest';
import { openInlineStore, sql } from '../../../../electron/core/platform/store';
import {
  openWithHeadroom,
  sizeIsInHeader,
} from '../../../../electron/core/platform/store/database-file';
import { SEAL_BYTES } from '../../../../electron/core/platform/store/snapshot-seal';
import { makeTempDir } from '../../../support/temp-dir';

const pages = (db: Database) =>
  Number(db.exec('PRAGMA page_count')[0]?.values[0]?.[0]) *
  Number(db.exec('PRAGMA page_size')[0]?.values[0]?.[0]);

describe('a database opened with room to grow', () => {
  it('is a new database, or the image it was given, and exports only its own pages', async () => {
    const SQL = await initSqlJs();
    const db = openWithHeadroom(SQL, null);
    db.exec('CREATE TABLE t (n INTEGER); INSERT INTO t VALUES (1), (2)');
    expect(db.exec('PRAGMA quick_check')[0]?.values).toEqual([['ok']]);
    const image = db.export();
    expect(image.length).toBe(pages(db));
    expect(sizeIsInHeader(image)).toBe(true);

    const reopened = openWithHeadroom(SQL, image);
    expect(reopened.exec('PRAGMA quick_check')[0]?.values).toEqual([['ok']]);
    // Growing into the room: thousands of pages more, then a rollback, then a commit.
    const numbers =
      'WITH RECURSIVE n(value) AS (SELECT 1 UNION ALL SELECT value + 1 FROM n LIMIT 100000)';
    reopened.exec(`BEGIN; ${numbers} INSERT INTO t SELECT value FROM n; ROLLBACK`);
    reopened.exec(
      `CREATE TABLE big (b); ${numbers} INSERT INTO big SELECT zeroblob(1000) FROM n WHERE value <= 3000`,
    );
    expect(reopened.exec('SELECT count(*) FROM t')[0]?.values).toEqual([[2]]);
    const grown = reopened.export();
    expect(grown.length).toBe(pages(reopened));
    expect(grown.length).toBeGreaterThan(3_000_000);
    const again = new SQL.Database(grown);
    expect(again.exec('PRAGMA quick_check')[0]?.values).toEqual([['ok']]);
    expect(again.exec('SELECT count(*) FROM big')[0]?.values).toEqual([[3000]]);
  });

  it('opens an image whose header does not state its size as it is', async () => {
    const SQL = await initSqlJs();
    const source = new SQL.Database();
    source.exec('CREATE TABLE t (n INTEGER); INSERT INTO t VALUES (7)');
    const image = source.export();
    // SQLite before 3.7 did not keep the page count in the header (92–95 then differs from 24–27).
    image.set([0, 0, 0, 99], 92);
    expect(sizeIsInHeader(image)).toBe(false);
    expect(sizeIsInHeader(image.subarray(0, 50))).toBe(false);
    const db = openWithHeadroom(SQL, image);
    expect(db.exec('SELECT n FROM t')[0]?.values).toEqual([[7]]);
  });

  it('leaves no room in the snapshot files', async () => {
    const temp = makeTempDir();
    try {
      const { store } = await openInlineStore({ dataDir: temp.dir });
      await store.write(sql`INSERT INTO campaigns (id, name, created_at) VALUES ('c1', 'One', 1)`);
      await store.snapshot();
      const file = fs.readFileSync(path.join(temp.dir, 'dialdeck.sqlite'));
      // The pages, then the 16-byte checksum trailer: no zeros of headroom in between.
      expect(sizeIsInHeader(file.subarray(0, file.length - SEAL_BYTES))).toBe(true);
      await store.close();
    } finally {
      temp.remove();
    }
  });
});
