import type { HubDatabase } from '../../db';
import { countNumberAttempts } from '../claims/number-attempts';

export interface PoolLeadState {
  leadId: string;
  status: string;
  /** Set for a merged row: the live lead the pool calls instead. */
  mergedInto: string | null;
  holdReason: string | null;
  campaign: string;
  source: string | null;
  /** ISO 8601, as the lead was posted (or its arrival). */
  createdAt: string;
  arrivedAt: string;
  assignedRep: string | null;
  attempts: { repId: string; startedAt: string; outcomeCode: string | null }[];
  firstAttemptAt: string | null;
  /** The team's dials of the lead's number, on any of its leads in any campaign. */
  numberAttempts: { total: number; lastAt: string | null };
}

const iso = (ms: number) => new Date(ms).toISOString();

/** `GET /api/leads/<leadId>`: where a lead stands in the pool, or null when there is none. */
export async function readLeadState(
  db: Pick<HubDatabase, 'query'>,
  leadId: string,
): Promise<PoolLeadState | null> {
  const found = await db.query<{
    id: string;
    status: string;
    merged_into: string | null;
    hold_reason: string | null;
    campaign_id: string;
    phone_e164: string;
    source: string | null;
    created_at: number;
    arrived_at: number;
    assigned_rep: string | null;
    first_attempt_at: number | null;
  }>(
    `SELECT id, status, merged_into, hold_reason, campaign_id, phone_e164, source, created_at,
            arrived_at, assigned_rep, first_attempt_at
       FROM pool_leads WHERE id = $1`,
    [leadId],
  );
  const lead = found.rows[0];
  if (!lead) return null;
  const attempts = await db.query<{
    rep_id: string;
    started_at: number;
    outcome_code: string | null;
  }>(
    `SELECT rep_id, started_at, outcome_code FROM pool_attempts WHERE lead_id = $1
      ORDER BY started_at, attempt_id`,
    [leadId],
  );
  const byNumber = await countNumberAttempts(db, lead.phone_e164, 0);
  return {
    leadId: lead.id,
    status: lead.status,
    mergedInto: lead.merged_into,
    holdReason: lead.hold_reason,
    campaign: lead.campaign_id,
    source: lead.source,
    createdAt: iso(lead.created_at),
    arrivedAt: iso(lead.arrived_at),
    assignedRep: lead.assigned_rep,
    attempts: attempts.rows.map((row) => ({
      repId: row.rep_id,
      startedAt: iso(row.started_at),
      outcomeCode: row.outcome_code,
    })),
    firstAttemptAt: lead.first_attempt_at === null ? null : iso(lead.first_attempt_at),
    numberAttempts: {
      total: byNumber.count,
      lastAt: byNumber.lastAt === null ? null : iso(byNumber.lastAt),
    },
  };
}
