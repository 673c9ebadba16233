import { sql, type SqlStatement } from '../store/sql';
import type { Store } from '../store/store';

export type DncSource = 'outcome' | 'import' | 'manual';

export interface DncEntry {
  phoneE164: string;
  addedAt: number;
  reason: string | null;
  source: DncSource;
  addedBy: string | null;
  attemptId: string | null;
}

interface DncRow {
  phone_e164: string;
  added_at: number;
  reason: string | null;
  source: string;
  added_by: string | null;
  attempt_id: string | null;
}

/** The do-not-call list: a number on it is never dialed, whichever lead carries it. */
export class DncRepository {
  constructor(private readonly store: Store) {}

  async isListed(phoneE164: string): Promise<boolean> {
    const row = await this.store.get(
      sql`SELECT 1 AS listed FROM dnc WHERE phone_e164 = ${phoneE164}`,
    );
    return row !== undefined;
  }

  async entry(phoneE164: string): Promise<DncEntry | null> {
    const row = await this.store.get<DncRow>(
      sql`SELECT phone_e164, added_at, reason, source, added_by, attempt_id FROM dnc
          WHERE phone_e164 = ${phoneE164}`,
    );
    if (!row) return null;
    return {
      phoneE164: row.phone_e164,
      addedAt: row.added_at,
      reason: row.reason,
      source: row.source as DncSource,
      addedBy: row.added_by,
      attemptId: row.attempt_id,
    };
  }

  /** Adds the number unless it is listed already; an earlier entry keeps its own source. */
  static addStatement(entry: DncEntry): SqlStatement {
    return sql`INSERT OR IGNORE INTO dnc (phone_e164, added_at, reason, source, added_by, attempt_id)
      VALUES (${entry.phoneE164}, ${entry.addedAt}, ${entry.reason}, ${entry.source},
      ${entry.addedBy}, ${entry.attemptId})`;
  }

  /** Takes off the number only if this attempt's outcome is what put it on the list. */
  static removeAddedByAttemptStatement(attemptId: string): SqlStatement {
    return sql`DELETE FROM dnc WHERE attempt_id = ${attemptId} AND source = 'outcome'`;
  }
}
