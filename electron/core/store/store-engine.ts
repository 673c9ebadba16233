import fs from 'node:fs';
import path from 'node:path';
import type { Database, SqlJsStatic, Statement } from 'sql.js';
import { lockDataDir } from './data-dir-lock';
import { openWithHeadroom } from './database-file';
import { StoreDamagedError, StoreWriteFailedError } from './errors';
import { JournalWriter } from './journal/journal-writer';
import { readJournal } from './journal/journal-reader';
import { encodeRecord, type JournalRecord } from './journal/record-codec';
import { listSegments } from './journal/segments';
import type { Migration } from './migrations/migration';
import { migrate, schemaVersion } from './migrations/migrate';
import { snapshotPaths, writeSnapshotAtomically, type SnapshotPaths } from './snapshot-files';
import type { SqlStatement, SqlValue } from './sql';
import { loadSqlJs } from './sqljs';
import {
  DEFAULT_SNAPSHOT_AFTER_BYTES,
  type OpenReport,
  type Row,
  type SnapshotStats,
  type StoreStats,
  type WriteResult,
} from './store';

const META_TABLE = '_dialdeck_snapshot';

export interface EngineOptions {
  dataDir: string;
  migrations: readonly Migration[];
  snapshotAfterBytes?: number;
  now?: () => number;
}

/**
 * sql.js in memory, made durable by an fsynced journal of committed writes replayed over the
 * last snapshot. Synchronous: it runs in the store worker (or inline in tests), never on the
 * main thread's event loop. Not thread-safe by design: exactly one caller drives it.
 */
export class StoreEngine {
  private readonly statements = new Map<string, Statement>();
  private failure: StoreWriteFailedError | null = null;
  private lastSnapshot: SnapshotStats | null = null;
  private closed = false;

  private constructor(
    private readonly db: Database,
    private readonly paths: SnapshotPaths,
    private readonly journalDir: string,
    private journal: JournalWriter,
    private seq: number,
    private snapshotSeq: number,
    private readonly unlock: () => void,
    private readonly options: EngineOptions,
    readonly openReport: OpenReport,
  ) {}

  static async open(options: EngineOptions): Promise<StoreEngine> {
    const now = options.now ?? Date.now;
    const started = performance.now();
    const SQL = await loadSqlJs();
    fs.mkdirSync(options.dataDir, { recursive: true });
    const journalDir = path.join(options.dataDir, 'journal');
    fs.mkdirSync(journalDir, { recursive: true });
    const unlock = lockDataDir(options.dataDir);
    try {
      const paths = snapshotPaths(options.dataDir);
      fs.rmSync(paths.temp, { force: true });
      const { db, file, usedBackup } = loadSnapshot(SQL, paths, journalDir);
      tuneForMemory(db);
      const snapshotSeq = readSnapshotSeq(db);
      const journal = readJournal(journalDir, snapshotSeq, now());
      for (const record of journal.records) replayRecord(db, record, journalDir);
      const versionBefore = schemaVersion(db);
      const migratedTo = migrate(db, options.migrations);
      const writer = new JournalWriter(journalDir, journal.lastSeq + 1);
      const report: OpenReport = {
        snapshotFile: file,
        usedBackup,
        replayedRecords: journal.records.length,
        migratedTo,
        keptTornTail: journal.keptTornTail,
        durationMs: 0,
      };
      const engine = new StoreEngine(
        db,
        paths,
        journalDir,
        writer,
        journal.lastSeq,
        snapshotSeq,
        unlock,
        options,
        report,
      );
      if (file === null || journal.records.length > 0 || migratedTo !== versionBefore) {
        engine.snapshot();
      }
      report.durationMs = performance.now() - started;
      return engine;
    } catch (error) {
      unlock();
      throw error;
    }
  }

  all(statement: SqlStatement): Row[] {
    this.assertOpen();
    const prepared = this.prepare(statement.text);
    try {
      prepared.bind(statement.params as SqlValue[]);
      const rows: Row[] = [];
      while (prepared.step()) rows.push(prepared.getAsObject() as Row);
      return rows;
    } finally {
      prepared.reset();
    }
  }

  /**
   * Applies the statements atomically and queues their journal record; the write is durable
   * only after `flush()`. A failing statement rolls the whole write back and throws.
   */
  write(statements: readonly SqlStatement[]): WriteResult {
    this.assertWritable();
    const changes: number[] = [];
    let lastInsertRowId: number | null = null;
    // Asked of SQLite once, after the last insert (an import's write has hundreds).
    let lastInsert = -1;
    statements.forEach((statement, index) => {
      if (/^\s*(INSERT|REPLACE)/i.test(statement.text)) lastInsert = index;
    });
    this.db.exec('BEGIN');
    try {
      for (let index = 0; index < statements.length; index++) {
        const statement = statements[index]!;
        const prepared = this.prepare(statement.text);
        try {
          prepared.run(statement.params as SqlValue[]);
        } finally {
          prepared.reset();
        }
        changes.push(this.db.getRowsModified());
        if (index === lastInsert) lastInsertRowId = this.lastRowId();
      }
      this.db.exec('COMMIT');
    } catch (error) {
      this.db.exec('ROLLBACK');
      throw error;
    }
    this.seq += 1;
    this.journal.append(
      encodeRecord({
        seq: this.seq,
        statements: statements.map((s) => [s.text, [...s.params]]),
      }),
    );
    return { changes, lastInsertRowId, seq: this.seq };
  }

  /** Makes every queued write durable with a single fdatasync (group commit). */
  flush(): void {
    if (!this.journal.hasPending()) return;
    try {
      this.journal.flush();
    } catch (error) {
      this.failure = new StoreWriteFailedError(
        `Dialdeck could not save to disk (${(error as Error).message}). The last change was not ` +
          'saved and no further changes will be accepted. Free disk space or fix the folder ' +
          `${this.options.dataDir}, then restart Dialdeck: everything saved before is safe.`,
      );
      throw this.failure;
    }
  }

  snapshotDue(): boolean {
    const threshold = this.options.snapshotAfterBytes ?? DEFAULT_SNAPSHOT_AFTER_BYTES;
    return this.journal.size() >= threshold;
  }

  snapshot(): SnapshotStats {
    this.assertWritable();
    this.flush();
    const started = performance.now();
    this.db.exec(`CREATE TABLE IF NOT EXISTS ${META_TABLE} (seq INTEGER NOT NULL)`);
    this.db.exec(`DELETE FROM ${META_TABLE}`);
    this.db.run(`INSERT INTO ${META_TABLE} (seq) VALUES (?)`, [this.seq]);
    const bytes = this.db.export();
    writeSnapshotAtomically(this.paths, bytes);
    const backupSeq = this.snapshotSeq;
    this.snapshotSeq = this.seq;
    this.journal.rotate(this.seq + 1);
    this.deleteSegmentsCoveredBy(backupSeq);
    this.lastSnapshot = {
      seq: this.seq,
      bytes: bytes.length,
      durationMs: performance.now() - started,
    };
    return this.lastSnapshot;
  }

  stats(): StoreStats {
    return {
      seq: this.seq,
      snapshotSeq: this.snapshotSeq,
      journalBytes: this.journal.size(),
      lastSnapshot: this.lastSnapshot,
      openReport: this.openReport,
    };
  }

  close(): void {
    if (this.closed) return;
    try {
      if (!this.failure) {
        this.flush();
        if (this.seq !== this.snapshotSeq) this.snapshot();
      }
      this.journal.close();
    } finally {
      for (const statement of this.statements.values()) statement.free();
      this.db.close();
      this.closed = true;
      this.unlock();
    }
  }

  private prepare(text: string): Statement {
    let prepared = this.statements.get(text);
    if (!prepared) {
      prepared = this.db.prepare(text);
      this.statements.set(text, prepared);
    }
    return prepared;
  }

  private lastRowId(): number {
    return Number(this.db.exec('SELECT last_insert_rowid()')[0]?.values[0]?.[0] ?? 0);
  }

  /** Keeps every segment needed to rebuild from the backup snapshot. */
  private deleteSegmentsCoveredBy(backupSeq: number): void {
    const segments = listSegments(this.journalDir);
    segments.forEach((segment, index) => {
      const next = segments[index + 1];
      if (next && next.firstSeq - 1 <= backupSeq) fs.rmSync(segment.file);
    });
  }

  private assertOpen(): void {
    if (this.closed) throw new StoreWriteFailedError('The store is closed.');
  }

  private assertWritable(): void {
    this.assertOpen();
    if (this.failure) throw this.failure;
  }
}

function loadSnapshot(
  SQL: SqlJsStatic,
  paths: SnapshotPaths,
  journalDir: string,
): { db: Database; file: string | null; usedBackup: boolean } {
  const file = fs.existsSync(paths.current)
    ? paths.current
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
    const db = openWithHeadroom(SQL, fs.readFileSync(file));
    const check = db.exec('PRAGMA quick_check');
    const verdict = String(check[0]?.values[0]?.[0] ?? '');
    if (verdict !== 'ok') throw new Error(verdict || 'integrity check failed');
    return { db, file, usedBackup: file === paths.backup };
  } catch (error) {
    const backupNote =
      file === paths.current && fs.existsSync(paths.backup)
        ? ` A backup snapshot is at ${paths.backup}; with the journal it can rebuild your data: ` +
          'run `npm run cli -- recover --data-dir <folder>`.'
        : '';
    throw new StoreDamagedError(
      `The database file ${file} cannot be opened (${(error as Error).message}). ` +
        `Dialdeck has not changed or deleted it.${backupNote}`,
      file,
    );
  }
}

/**
 * sql.js keeps the database file in memory (Emscripten's MEMFS) behind SQLite's page cache, so a
 * cache miss is a copy from that file. Durability is ours (journal + snapshots), not SQLite's: its
 * rollback journal can live in memory too, and a larger cache (32 MB) keeps the queue's indexes
 * and an import's inserts out of the file copies.
 */
function tuneForMemory(db: Database): void {
  db.exec('PRAGMA journal_mode = MEMORY');
  db.exec('PRAGMA cache_size = -32768');
}

function readSnapshotSeq(db: Database): number {
  const table = db.exec(`SELECT name FROM sqlite_master WHERE name = '${META_TABLE}'`);
  if (table.length === 0) return 0;
  return Number(db.exec(`SELECT seq FROM ${META_TABLE}`)[0]?.values[0]?.[0] ?? 0);
}

function replayRecord(db: Database, record: JournalRecord, journalDir: string): void {
  db.exec('BEGIN');
  try {
    for (const [text, params] of record.statements) db.run(text, params);
    db.exec('COMMIT');
  } catch (error) {
    db.exec('ROLLBACK');
    throw new StoreDamagedError(
      `Journal record ${record.seq} in ${journalDir} could not be replayed ` +
        `(${(error as Error).message}). Dialdeck has not changed any file.`,
      journalDir,
    );
  }
}
