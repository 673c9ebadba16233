import type { DncEntry as PublicDncEntry, DncSource } from '../../../shared/domain/dnc';
import { rawSql, sql, type SqlStatement } from '../platform/store/sql';
import type { Store } from '../platform/store/store';

export type { DncSource } from '../../../shared/domain/dnc';

export interface DncEntry extends PublicDncEntry {
  /** The attempt whose do-not-call outcome added the number, so undoing it takes it off again. */
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

const DNC_COLUMNS = rawSql('phone_e164, added_at, reason, source, added_by, attempt_id');

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
      sql`SELECT ${DNC_COLUMNS} FROM dnc WHERE phone_e164 = ${phoneE164}`,
    );
    return row ? rowToEntry(row) : null;
  }

  async count(): Promise<number> {
    const row = await this.store.get<{ n: number }>(sql`SELECT count(*) AS n FROM dnc`);
    return row?.n ?? 0;
  }

  /**
   * Newest first (entries added at the same instant: the last added first). `digits` matches anywhere in the number, `words` anywhere in the reason (either
   * may match); both null lists everything.
   */
  async page(
    search: { digits: string | null; words: string | null },
    offset: number,
    limit: number,
  ): Promise<{ total: number; entries: DncEntry[] }> {
    const where = matching(search);
    const [total, rows] = await Promise.all([
      this.store.get<{ n: number }>(sql`SELECT count(*) AS n FROM dnc ${where}`),
      this.store.all<DncRow>(
        sql`SELECT ${DNC_COLUMNS} FROM dnc ${where}
            ORDER BY added_at DESC, rowid DESC LIMIT ${limit} OFFSET ${offset}`,
      ),
    ]);
    return { total: total?.n ?? 0, entries: rows.map(rowToEntry) };
  }

  /** Of these numbers, the ones on the list. */
  async listedAmong(phones: readonly string[]): Promise<Set<string>> {
    const rows = await this.store.all<{ phone_e164: string }>(
      sql`SELECT phone_e164 FROM dnc WHERE phone_e164 IN (SELECT value FROM json_each(${JSON.stringify(phones)}))`,
    );
    return new Set(rows.map((row) => row.phone_e164));
  }

  /** Adds the number unless it is listed already; an earlier entry keeps its own source. */
  static addStatement(entry: DncEntry): SqlStatement {
    return sql`INSERT OR IGNORE INTO dnc (${DNC_COLUMNS})
      VALUES (${entry.phoneE164}, ${entry.addedAt}, ${entry.reason}, ${entry.source},
      ${entry.addedBy}, ${entry.attemptId})`;
  }

  /** Adds many numbers in one statement; numbers already listed keep their entries. */
  static addManyStatement(
    phones: readonly string[],
    entry: Pick<DncEntry, 'addedAt' | 'reason' | 'source' | 'addedBy'>,
  ): SqlStatement {
    return sql`INSERT OR IGNORE INTO dnc (${DNC_COLUMNS})
      SELECT value, ${entry.addedAt}, ${entry.reason}, ${entry.source}, ${entry.addedBy}, NULL
      FROM json_each(${JSON.stringify(phones)})`;
  }

  /** Takes the number off the list, keeping the entry and why it was removed in the audit log. */
  static removeStatements(
    phoneE164: string,
    removal: { removedAt: number; removedBy: string | null; reason: string },
  ): SqlStatement[] {
    return [
      sql`INSERT INTO dnc_removals (phone_e164, removed_at, removed_by, reason, added_at,
          added_reason, source)
        SELECT phone_e164, ${removal.removedAt}, ${removal.removedBy}, ${removal.reason},
          added_at, reason, source FROM dnc WHERE phone_e164 = ${phoneE164}`,
      sql`DELETE FROM dnc WHERE phone_e164 = ${phoneE164}`,
    ];
  }

  /** Takes off the number only if this attempt's outcome is what put it on the list. */
  static removeAddedByAttemptStatement(attemptId: string): SqlStatement {
    return sql`DELETE FROM dnc WHERE attempt_id = ${attemptId} AND source = 'outcome'`;
  }
}

function matching(search: { digits: string | null; words: string | null }): SqlStatement {
  const digits = search.digits ? `%${search.digits}%` : null;
  const words = search.words ? `%${escapeLike(search.words)}%` : null;
  if (digits === null && words === null) return rawSql('');
  return sql`WHERE (${digits} IS NOT NULL AND phone_e164 LIKE ${digits})
    OR (${words} IS NOT NULL AND reason LIKE ${words} ESCAPE '\\')`;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

function rowToEntry(row: DncRow): DncEntry {
  return {
    phoneE164: row.phone_e164,
    addedAt: row.added_at,
    reason: row.reason,
    source: row.source as DncSource,
    addedBy: row.added_by,
    attemptId: row.attempt_id,
  };
}
