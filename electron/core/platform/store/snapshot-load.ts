import fs from 'node:fs';
import type { Database, SqlJsStatic } from 'sql.js';
import { openWithHeadroom } from './database-file';
import { StoreDamagedError } from './errors';
import type { JournalRecord } from './journal/record-codec';
import { RECOVER_HINT } from './journal/journal-reader';
import { listSegments } from './journal/segments';
import { tempSnapshotIsWhole, type SnapshotPaths } from './snapshot-files';
import { unsealSnapshot } from './snapshot-seal';

export const SNAPSHOT_META_TABLE = '_dialdeck_snapshot';

export interface LoadedSnapshot {
  db: Database;
  file: string | null;
  usedBackup: boolean;
}

/**
 * The current snapshot, or the backup when a crash came between the two renames, checked by its
 * checksum and by SQLite. A damaged file is refused, never repaired or replaced here.
 */
export function loadSnapshot(
  SQL: SqlJsStatic,
  paths: SnapshotPaths,
  journalDir: string,
): LoadedSnapshot {
  const file = fs.existsSync(paths.current)
    ? paths.current
    : tempSnapshotIsWhole(paths)
      ? paths.temp // read-only, after a crash between the renames: the newest whole snapshot
      : fs.existsSync(paths.backup)
        ? paths.backup
        : null;
  if (file === null) {
    const segments = listSegments(journalDir);
    if (segments.length > 0 && segments[0]?.firstSeq !== 1) {
      throw new StoreDamagedError(
        `The data folder has a journal but no database snapshot (${paths.current} is missing). ` +
          'Dialdeck has not changed anything.',
        paths.current,
      );
    }
    return { db: openWithHeadroom(SQL, null), file: null, usedBackup: false };
  }
  try {
    return { db: openVerified(SQL, file), file, usedBackup: file === paths.backup };
  } catch (error) {
    const backupNote =
      file === paths.current && fs.existsSync(paths.backup)
        ? ` A backup snapshot is at ${paths.backup}; with the journal it can rebuild your data. ` +
          RECOVER_HINT
        : '';
    throw new StoreDamagedError(
      `The database file ${file} cannot be opened (${(error as Error).message}). ` +
        `Dialdeck has not changed or deleted it.${backupNote}`,
      file,
    );
  }
}

/** Opens a snapshot file whose checksum and structure are both right; throws why not. */
export function openVerified(SQL: SqlJsStatic, file: string): Database {
  const unsealed = unsealSnapshot(fs.readFileSync(file));
  if (!unsealed.ok) throw new Error(unsealed.reason);
  const db = openWithHeadroom(SQL, unsealed.image);
  try {
    const verdict = structureCheck(db);
    if (verdict !== 'ok') throw new Error(verdict || 'integrity check failed');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * `PRAGMA quick_check`, or, when the schema has a virtual table, the same check table by table
 * over every ordinary table: since SQLite 3.44 the check also runs a full-text table's own
 * consistency check, which re-reads and re-tokenizes every row it indexes (15 s at a million
 * leads, at every start), and the search index is derived data that may lag its leads by design.
 * Its shadow tables, where its data is, are ordinary tables and are checked like the rest; what
 * the table-by-table check cannot see (a page used twice or by nothing) the snapshot's checksum
 * already guards.
 */
export function structureCheck(db: Database): string {
  const tables = db.exec(
    `SELECT name, sql LIKE 'CREATE VIRTUAL TABLE%' AS virtual FROM sqlite_master
     WHERE type = 'table' ORDER BY name`,
  )[0]?.values;
  const hasVirtual = tables?.some((row) => row[1] === 1) ?? false;
  if (!hasVirtual) return String(db.exec('PRAGMA quick_check')[0]?.values[0]?.[0] ?? '');
  for (const [name, virtual] of tables ?? []) {
    if (virtual === 1) continue;
    const quoted = `"${String(name).replace(/"/g, '""')}"`;
    const verdict = String(db.exec(`PRAGMA quick_check(${quoted})`)[0]?.values[0]?.[0] ?? '');
    if (verdict !== 'ok') return verdict;
  }
  return 'ok';
}

/**
 * sql.js keeps the database file in memory (Emscripten's MEMFS) behind SQLite's page cache, so a
 * cache miss is a copy from that file. Durability is ours (journal + snapshots), not SQLite's: its
 * rollback journal can live in memory too, and a larger cache (32 MB) keeps the queue's indexes
 * and an import's inserts out of the file copies.
 */
export function tuneForMemory(db: Database): void {
  db.exec('PRAGMA journal_mode = MEMORY');
  db.exec('PRAGMA cache_size = -32768');
}

export function readSnapshotSeq(db: Database): number {
  const table = db.exec(`SELECT name FROM sqlite_master WHERE name = '${SNAPSHOT_META_TABLE}'`);
  if (table.length === 0) return 0;
  return Number(db.exec(`SELECT seq FROM ${SNAPSHOT_META_TABLE}`)[0]?.values[0]?.[0] ?? 0);
}

export function replayRecord(db: Database, record: JournalRecord, journalDir: string): void {
  db.exec('BEGIN');
  try {
    for (const [text, params] of record.statements) db.run(text, params);
    db.exec('COMMIT');
  } catch (error) {
    db.exec('ROLLBACK');
    throw new StoreDamagedError(
      `Journal record ${record.seq} in ${journalDir} could not be replayed ` +
        `(${(error as Error).message}). Dialdeck has not changed any file. ${RECOVER_HINT}`,
      journalDir,
    );
  }
}
