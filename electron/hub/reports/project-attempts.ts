import type { DbTransaction } from '../db';
import { bigintArray } from './sql-arrays';
import { MARK_STORED_HOURS, PROJECT_STORED_ATTEMPTS } from './report-projection-sql';

/**
 * Keeps the report's copy of the attempts just stored, in the same transaction as the events:
 * a report never sees an event the projection missed, and under the event write lock the
 * latest stored report of an attempt wins on every hub node. The dials' hours are marked
 * changed, so the days built from them are built again.
 */
export async function projectStoredAttempts(
  tx: DbTransaction,
  stored: readonly { id: number; type: string }[],
): Promise<void> {
  const attemptRows = stored.filter((row) => row.type === 'attempt').map((row) => row.id);
  if (attemptRows.length === 0) return;
  const rows = bigintArray(attemptRows);
  await tx.query(PROJECT_STORED_ATTEMPTS, [rows]);
  await tx.query(MARK_STORED_HOURS, [rows]);
}
