import type { SqlStatement } from './sql';
import type { CloseReport, Row, SnapshotStats, StoreStats, WriteResult } from './store';

export type StoreRequest =
  | { id: number; kind: 'all'; statement: SqlStatement }
  | { id: number; kind: 'write'; statements: readonly SqlStatement[] }
  | { id: number; kind: 'snapshot' }
  | { id: number; kind: 'stats' }
  | { id: number; kind: 'close' };

export type StoreReplyValue = Row[] | WriteResult | SnapshotStats | StoreStats | CloseReport | null;

export interface SerializedError {
  name: string;
  message: string;
}

export type StoreReply =
  | { id: number; ok: true; value: StoreReplyValue }
  | { id: number; ok: false; error: SerializedError };

export type WorkerStartMessage =
  { kind: 'ready'; stats: StoreStats } | { kind: 'open-failed'; error: SerializedError };

export function serializeError(error: unknown): SerializedError {
  return error instanceof Error
    ? { name: error.name, message: error.message }
    : { name: 'Error', message: String(error) };
}
