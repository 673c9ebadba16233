import type { JournalLoss } from './journal/journal-loss';
import type { SqlStatement, SqlValue } from './sql';

export type Row = Record<string, SqlValue>;

export interface WriteResult {
  /** Rows changed by each statement, in order. */
  changes: number[];
  /** rowid of the last INSERT in the batch, or null. */
  lastInsertRowId: number | null;
  /** Position of this write in the journal. */
  seq: number;
}

export interface SnapshotStats {
  seq: number;
  bytes: number;
  durationMs: number;
}

export interface StoreStats {
  seq: number;
  snapshotSeq: number;
  journalBytes: number;
  lastSnapshot: SnapshotStats | null;
  /** What open() found and did, for the log and the start-up bench. */
  openReport: OpenReport;
}

export interface OpenReport {
  snapshotFile: string | null;
  usedBackup: boolean;
  replayedRecords: number;
  migratedTo: number;
  keptTornTail: string | null;
  /** Acknowledged records the journal no longer holds: shown to the person, never only logged. */
  journalLoss: JournalLoss | null;
  /** Why the snapshot taken while opening failed (nothing is lost: the journal holds it all). */
  snapshotError: string | null;
  readOnly: boolean;
  durationMs: number;
}

export interface CloseReport {
  /** Why the final snapshot failed, if it did; every write is still in the journal. */
  snapshotError: string | null;
}

/**
 * The database of the main process. Writes are atomic (all statements of one call or none) and
 * durable when the promise resolves: they are in an fsynced journal. One writer serializes them.
 */
export interface Store {
  all<T extends object = Row>(statement: SqlStatement): Promise<T[]>;
  get<T extends object = Row>(statement: SqlStatement): Promise<T | undefined>;
  write(statements: SqlStatement | readonly SqlStatement[]): Promise<WriteResult>;
  snapshot(): Promise<SnapshotStats>;
  stats(): Promise<StoreStats>;
  /** Drains pending writes, writes a final snapshot and releases the data folder. */
  close(): Promise<CloseReport>;
}

export interface StoreOptions {
  dataDir: string;
  /** Journal size that triggers a snapshot. */
  snapshotAfterBytes?: number;
  /** Read without changing anything in the data folder (exports); writes are refused. */
  readOnly?: boolean;
}

export const DEFAULT_SNAPSHOT_AFTER_BYTES = 16 * 1024 * 1024;
