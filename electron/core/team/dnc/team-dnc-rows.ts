import type { TeamDncEntry } from '../../../../shared/floor/protocol';
import { sql, type SqlStatement } from '../../platform/store/sql';
import type { Store } from '../../platform/store/store';

/** A number on the rep's list that the team's list does not have from this rep yet. */
export interface UnsharedNumber {
  phoneE164: string;
  addedAt: number;
  reason: string | null;
}

/** The team side of the rep's DNC list (dnc.team_shared, team_dnc_sync): SQL only. */
export const TeamDncRows = {
  async cursor(store: Store): Promise<number> {
    const row = await store.get<{ cursor: number }>(
      sql`SELECT cursor FROM team_dnc_sync WHERE id = 1`,
    );
    return row?.cursor ?? 0;
  },

  unshared(store: Store, limit: number): Promise<UnsharedNumber[]> {
    return store.all<UnsharedNumber>(
      sql`SELECT phone_e164 AS phoneE164, added_at AS addedAt, reason FROM dnc
          WHERE team_shared IS NULL ORDER BY added_at, phone_e164 LIMIT ${limit}`,
    );
  },

  markShared(phones: readonly string[]): SqlStatement {
    return sql`UPDATE dnc SET team_shared = 1
      WHERE phone_e164 IN (SELECT value FROM json_each(${JSON.stringify(phones)}))`;
  },

  /**
   * The team's entries on the rep's list, with who added them; a number already listed here keeps
   * its own entry (now known to the team, so it is not sent back). The cursor only moves forward.
   */
  applyStatements(entries: readonly TeamDncEntry[], cursor: number): SqlStatement[] {
    const added = entries.map(
      (entry) => sql`INSERT OR IGNORE INTO dnc
          (phone_e164, added_at, reason, source, added_by, attempt_id, team_shared)
        VALUES (${entry.phoneE164}, ${entry.addedAt}, ${entry.reason}, 'team', ${entry.addedBy},
          NULL, 1)`,
    );
    return [
      ...added,
      TeamDncRows.markShared(entries.map((entry) => entry.phoneE164)),
      sql`INSERT INTO team_dnc_sync (id, cursor) VALUES (1, ${cursor})
        ON CONFLICT (id) DO UPDATE SET cursor = max(cursor, excluded.cursor)`,
    ];
  },
};
