import type { LeadId } from '../../../../shared/domain/lead';
import { rawSql, sql, type SqlStatement } from '../../platform/store/sql';
import type { Store } from '../../platform/store/store';

/** A lead of this rep's queue that the team pool gave it (table team_pool_leads). */
export interface PoolLeadMark {
  leadId: LeadId;
  poolLeadId: string;
  offerId: string;
  /** Hub clock. */
  claimUntil: number;
  /** The lead left this rep's queue (revoked, or released by this rep's outcome). */
  releasedAt: number | null;
}

interface MarkRow {
  lead_id: number;
  pool_lead_id: string;
  offer_id: string;
  claim_until: number;
  released_at: number | null;
}

const MARK_COLUMNS = rawSql('lead_id, pool_lead_id, offer_id, claim_until, released_at');

function markOf(row: MarkRow): PoolLeadMark {
  return {
    leadId: row.lead_id,
    poolLeadId: row.pool_lead_id,
    offerId: row.offer_id,
    claimUntil: row.claim_until,
    releasedAt: row.released_at,
  };
}

/** The marks on the rep's pool leads: SQL only. */
export const PoolLeadMarks = {
  async all(store: Store): Promise<PoolLeadMark[]> {
    const rows = await store.all<MarkRow>(sql`SELECT ${MARK_COLUMNS} FROM team_pool_leads`);
    return rows.map(markOf);
  },

  async byPoolLeadId(store: Store, poolLeadId: string): Promise<PoolLeadMark | null> {
    const row = await store.get<MarkRow>(
      sql`SELECT ${MARK_COLUMNS} FROM team_pool_leads WHERE pool_lead_id = ${poolLeadId}`,
    );
    return row ? markOf(row) : null;
  },

  /**
   * Marks the lead just inserted (the previous statement of the same write): its rowid is the
   * last one inserted, and inserting the mark keeps it so (the mark's key is that rowid).
   */
  insertForLastLead(mark: Omit<PoolLeadMark, 'leadId' | 'releasedAt'>, now: number): SqlStatement {
    return sql`INSERT INTO team_pool_leads
        (lead_id, pool_lead_id, offer_id, claim_until, received_at, released_at)
      VALUES (last_insert_rowid(), ${mark.poolLeadId}, ${mark.offerId}, ${mark.claimUntil},
        ${now}, NULL)`;
  },

  /** A new assignment of a lead this rep held before: back in its queue under the new offer. */
  reassign(mark: Omit<PoolLeadMark, 'releasedAt'>, now: number): SqlStatement {
    return sql`UPDATE team_pool_leads SET offer_id = ${mark.offerId},
        claim_until = ${mark.claimUntil}, received_at = ${now}, released_at = NULL
      WHERE lead_id = ${mark.leadId}`;
  },

  renew(leadId: LeadId, claimUntil: number): SqlStatement {
    return sql`UPDATE team_pool_leads SET claim_until = ${claimUntil}
      WHERE lead_id = ${leadId} AND released_at IS NULL`;
  },

  /** Out of the queue: the mark says when, the lead loses its place (its data stays). */
  release(leadId: LeadId, now: number): SqlStatement[] {
    return [
      sql`UPDATE team_pool_leads SET released_at = ${now}
        WHERE lead_id = ${leadId} AND released_at IS NULL`,
      sql`UPDATE leads SET queue_tier = NULL, queue_due_at = NULL WHERE id = ${leadId}`,
    ];
  },
};
