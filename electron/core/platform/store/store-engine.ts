import fs from 'node:fs';
import path from 'node:path';
import type { Database, Statement } from 'sql.js';
import { lockDataDir } from './data-dir-lock';
import { StoreWriteFailedError } from './errors';
import { AckMark, readAckMark } from './journal/ack-mark';
import { journalLossOf } from './journal/journal-loss';
import { JournalWriter } from './journal/journal-writer';
import { keepTornTail, readJournal } from './journal/journal-reader';
import { encodeRecord } from './journal/record-codec';
import { listSegments } from './journal/segments';
import type { Migration } from './migrations/migration';
import { migrate, schemaVersion } from './migrations/migrate';
import {
  finishInterruptedSnapshot,
  snapshotPaths,
  writeSnapshotAtomically,
  type SnapshotPaths,
} from './snapshot-files';
import {
  SNAPSHOT_META_TABLE as META_TABLE,
  loadSnapshot,
  readSnapshotSeq,
  replayRecord,
  tuneForMemory,
} from './snapshot-load';
import type { SqlStatement, SqlValue } from './sql';
import { loadSqlJs } from './sqljs';
import {
  DEFAULT_SNAPSHOT_AFTER_BYTES,
  type CloseReport,
  type OpenReport,
  type Row,
  type SnapshotStats,
  type StoreStats,
  type WriteResult,
} from './store';

/** A journal and its acknowledged mark: absent when the store was opened read-only. */
interface JournalOutput {
  writer: JournalWriter;
  ackMark: AckMark;
}

export interface EngineOptions {
  dataDir: string;
  migrations: readonly Migration[];
  snapshotAfterBytes?: number;
  now?: () => number;
  /**
   * For commands that only read (exports): nothing in the data folder is written, rotated,
   * truncated or snapshotted, and writes are refused.
   */
  readOnly?: boolean;
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
    private readonly output: JournalOutput | null,
    private seq: number,
    private snapshotSeq: number,
    private readonly unlock: () => void,
    private readonly options: EngineOptions,
    readonly openReport: OpenReport,
  ) {}

  static async open(options: EngineOptions): Promise<StoreEngine> {
    const now = options.now ?? Date.now;
    const writable = options.readOnly !== true;
    const started = performance.now();
    const SQL = await loadSqlJs();
    const journalDir = path.join(options.dataDir, 'journal');
    if (writable) fs.mkdirSync(journalDir, { recursive: true });
    const unlock = writable ? lockDataDir(options.dataDir) : () => undefined;
    try {
      const paths = snapshotPaths(options.dataDir);
      if (writable) finishInterruptedSnapshot(paths);
      const { db, file, usedBackup } = loadSnapshot(SQL, paths, journalDir);
      tuneForMemory(db);
      const snapshotSeq = readSnapshotSeq(db);
      const journal = readJournal(journalDir, snapshotSeq);
      const keptTornTail =
        writable && journal.tornTail ? keepTornTail(journal.tornTail, now()) : null;
      const journalLoss = journalLossOf(
        journal.lastSeq,
        readAckMark(journalDir),
        journal.tornTail,
        keptTornTail,
      );
      for (const record of journal.records) replayRecord(db, record, journalDir);
      const versionBefore = schemaVersion(db);
      const migratedTo = migrate(db, options.migrations);
      const output = writable ? openJournalOutput(journalDir, journal.lastSeq) : null;
      // Told once: from here on the mark follows this journal.
      if (output && journalLoss) output.ackMark.write(journal.lastSeq);
      const report: OpenReport = {
        snapshotFile: file,
        usedBackup,
        replayedRecords: journal.records.length,
        migratedTo,
        keptTornTail,
        journalLoss,
        snapshotError: null,
        readOnly: !writable,
        durationMs: 0,
      };
      const engine = new StoreEngine(
        db,
        paths,
        journalDir,
        output,
        journal.lastSeq,
        snapshotSeq,
        unlock,
        options,
        report,
      );
      if (
        writable &&
        (file === null || journal.records.length > 0 || migratedTo !== versionBefore)
      ) {
        report.snapshotError = engine.trySnapshot();
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
    const { writer } = this.assertWritable();
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
    writer.append(
      encodeRecord({
        seq: this.seq,
        statements: statements.map((s) => [s.text, [...s.params]]),
      }),
    );
    return { changes, lastInsertRowId, seq: this.seq };
  }

  /** Makes every queued write durable with a single fdatasync (group commit). */
  flush(): void {
    if (!this.output?.writer.hasPending()) return;
    try {
      this.output.writer.flush();
      this.output.ackMark.write(this.seq);
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
    return this.output !== null && this.output.writer.size() >= threshold;
  }

  snapshot(): SnapshotStats {
    const { writer } = this.assertWritable();
    this.flush();
    const started = performance.now();
    this.db.exec(`CREATE TABLE IF NOT EXISTS ${META_TABLE} (seq INTEGER NOT NULL)`);
    this.db.exec(`DELETE FROM ${META_TABLE}`);
    this.db.run(`INSERT INTO ${META_TABLE} (seq) VALUES (?)`, [this.seq]);
    const bytes = this.db.export();
    writeSnapshotAtomically(this.paths, bytes);
    const backupSeq = this.snapshotSeq;
    this.snapshotSeq = this.seq;
    writer.rotate(this.seq + 1);
    this.deleteSegmentsCoveredBy(backupSeq);
    this.lastSnapshot = {
      seq: this.seq,
      bytes: bytes.length,
      durationMs: performance.now() - started,
    };
    return this.lastSnapshot;
  }

  /**
   * A snapshot only shortens the next start: the journal already holds every write. So a failed
   * one (a full disk) is told, not thrown, and its temp file is gone.
   */
  trySnapshot(): string | null {
    try {
      this.snapshot();
      return null;
    } catch (error) {
      return (error as Error).message;
    }
  }

  stats(): StoreStats {
    return {
      seq: this.seq,
      snapshotSeq: this.snapshotSeq,
      journalBytes: this.output?.writer.size() ?? 0,
      lastSnapshot: this.lastSnapshot,
      openReport: this.openReport,
    };
  }

  close(): CloseReport {
    if (this.closed) return { snapshotError: null };
    let snapshotError: string | null = null;
    try {
      if (this.output && !this.failure) {
        this.flush();
        if (this.seq !== this.snapshotSeq) snapshotError = this.trySnapshot();
      }
      if (this.output) {
        this.output.writer.close();
        this.output.ackMark.close();
      }
    } finally {
      for (const statement of this.statements.values()) statement.free();
      this.db.close();
      this.closed = true;
      this.unlock();
    }
    return { snapshotError };
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

  private assertWritable(): JournalOutput {
    this.assertOpen();
    if (this.failure) throw this.failure;
    if (!this.output) {
      throw new StoreWriteFailedError('This data folder was opened read-only: nothing is saved.');
    }
    return this.output;
  }
}

function openJournalOutput(journalDir: string, lastSeq: number): JournalOutput {
  return { writer: new JournalWriter(journalDir, lastSeq + 1), ackMark: new AckMark(journalDir) };
}
