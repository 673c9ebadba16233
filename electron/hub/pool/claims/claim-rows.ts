import type { DbTransaction } from '../../db';
import type { PoolLeadState, PoolLeadStatus } from './pool-lead-state';

/** The columns of `pool_leads` that routing and claims read. */
export const CLAIM_COLUMNS = `id, campaign_id, phone_e164, source, time_zone, country, region, postal_code,
  created_at, arrived_at, status,
  assigned_rep, assignment, claim_until, claim_deadline, reassign_count, attempt_count,
  first_attempt_at, next_due_at, callback_rep, callback_at, last_outcome`;

export interface ClaimRow extends Record<string, unknown> {
  id: string;
  campaign_id: string;
  phone_e164: string;
  source: string | null;
  time_zone: string | null;
  country: string | null;
  region: string | null;
  postal_code: string | null;
  created_at: number;
  arrived_at: number;
  status: PoolLeadStatus;
  assigned_rep: string | null;
  assignment: number;
  claim_until: number | null;
  claim_deadline: number | null;
  reassign_count: number;
  attempt_count: number;
  first_attempt_at: number | null;
  next_due_at: number | null;
  callback_rep: string | null;
  callback_at: number | null;
  last_outcome: string | null;
}

export function leadFromRow(row: ClaimRow): PoolLeadState {
  return {
    id: row.id,
    campaignId: row.campaign_id,
    phoneE164: row.phone_e164,
    source: row.source,
    timeZone: row.time_zone,
    country: row.country,
    region: row.region,
    postalCode: row.postal_code,
    createdAt: row.created_at,
    arrivedAt: row.arrived_at,
    status: row.status,
    assignedRep: row.assigned_rep,
    assignment: row.assignment,
    claimUntil: row.claim_until,
    claimDeadline: row.claim_deadline,
    reassignCount: row.reassign_count,
    attemptCount: row.attempt_count,
    firstAttemptAt: row.first_attempt_at,
    nextDueAt: row.next_due_at,
    callbackRep: row.callback_rep,
    callbackAt: row.callback_at,
    lastOutcome: row.last_outcome,
  };
}

/** Writes back what a claim transition changed, inside the transaction that locked the row. */
export async function writeLead(tx: DbTransaction, lead: PoolLeadState): Promise<void> {
  await tx.query(
    `UPDATE pool_leads SET status = $2, assigned_rep = $3, assignment = $4, claim_until = $5,
       claim_deadline = $6, reassign_count = $7, attempt_count = $8, first_attempt_at = $9,
       next_due_at = $10, callback_rep = $11, callback_at = $12, last_outcome = $13
     WHERE id = $1`,
    [
      lead.id,
      lead.status,
      lead.assignedRep,
      lead.assignment,
      lead.claimUntil,
      lead.claimDeadline,
      lead.reassignCount,
      lead.attemptCount,
      lead.firstAttemptAt,
      lead.nextDueAt,
      lead.callbackRep,
      lead.callbackAt,
      lead.lastOutcome,
    ],
  );
}

/** The offer is over: dialed, or lost (the rep is then told until it says it dropped the lead). */
export async function endOffer(
  tx: DbTransaction,
  offerId: string,
  reason: string,
  now: number,
): Promise<void> {
  await tx.query(
    `UPDATE pool_offers SET ended_at = $2, end_reason = $3 WHERE offer_id = $1 AND ended_at IS NULL`,
    [offerId, now, reason],
  );
}
