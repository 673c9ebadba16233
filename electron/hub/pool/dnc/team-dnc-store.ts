import type { TeamDncEntry } from '../../../../shared/floor/protocol';
import type { HubDatabase } from '../../db';
import { HUB_CHANNEL } from '../../store/hub-store';
import {
  CLAIM_COLUMNS,
  endOffer,
  leadFromRow,
  writeLead,
  type ClaimRow,
} from '../claims/claim-rows';
import { releaseClaim } from '../claims/claim-transitions';
import { CLAIMS_SIGNAL } from '../claims/claim-store';
import { offerIdOf } from '../claims/pool-lead-state';

/** Every node pushes the new entries to its reps when it hears this. */
export const DNC_SIGNAL = 'team-dnc';

export interface TeamDncRow extends TeamDncEntry {
  /** The cursor reps sync by. */
  id: number;
}

/** The team's one do-not-call list (`team_dnc`): `id` is the cursor reps sync by. */
export class TeamDncStore {
  constructor(private readonly db: HubDatabase) {}

  /**
   * Adds a number (once: a number already listed keeps its first entry). In the same
   * transaction the pool stops offering it: waiting leads with the number become do-not-call
   * and an undialed offer of one is taken back from its rep.
   */
  add(
    phoneE164: string,
    addedBy: string,
    reason: string | null,
    now: number,
  ): Promise<{ added: boolean }> {
    return this.db.transaction(async (tx) => {
      const inserted = await tx.query<{ id: number }>(
        `INSERT INTO team_dnc (phone_e164, added_by, added_at, reason) VALUES ($1, $2, $3, $4)
         ON CONFLICT (phone_e164) DO NOTHING RETURNING id`,
        [phoneE164, addedBy, now, reason],
      );
      if (inserted.rows.length === 0) return { added: false };
      await tx.query(
        `UPDATE pool_leads SET status = 'do-not-call'
         WHERE phone_e164 = $1 AND status IN ('queued', 'retry', 'callback')`,
        [phoneE164],
      );
      const offered = await tx.query<ClaimRow>(
        `SELECT ${CLAIM_COLUMNS} FROM pool_leads
         WHERE phone_e164 = $1 AND status = 'assigned' FOR UPDATE`,
        [phoneE164],
      );
      for (const lead of offered.rows.map(leadFromRow)) {
        await writeLead(tx, releaseClaim(lead, 'do-not-call'));
        await endOffer(tx, offerIdOf(lead), 'do-not-call', now);
      }
      await tx.query('SELECT pg_notify($1, $2)', [HUB_CHANNEL, DNC_SIGNAL]);
      if (offered.rows.length > 0) {
        await tx.query('SELECT pg_notify($1, $2)', [HUB_CHANNEL, CLAIMS_SIGNAL]);
      }
      return { added: true };
    });
  }

  /** Entries after `cursor`, oldest first. */
  async after(cursor: number, limit: number): Promise<TeamDncRow[]> {
    const { rows } = await this.db.query<{
      id: number;
      phone_e164: string;
      added_at: number;
      added_by: string;
      reason: string | null;
    }>(
      `SELECT id, phone_e164, added_at, added_by, reason FROM team_dnc
       WHERE id > $1 ORDER BY id LIMIT $2`,
      [cursor, limit],
    );
    return rows.map((row) => ({
      id: row.id,
      phoneE164: row.phone_e164,
      addedAt: row.added_at,
      addedBy: row.added_by,
      reason: row.reason,
    }));
  }
}
