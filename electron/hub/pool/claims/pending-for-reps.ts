import type { PoolLeadPayload } from '../../../../shared/floor/protocol';
import type { HubDatabase } from '../../db';

export interface PendingOffer {
  repId: string;
  offerId: string;
  claimUntil: number;
  lead: PoolLeadPayload;
}

export interface PendingRevoke {
  repId: string;
  leadId: string;
  offerId: string;
  reason: string;
}

interface OfferRow extends Record<string, unknown> {
  id: string;
  campaign_id: string;
  phone_e164: string;
  first_name: string | null;
  last_name: string | null;
  email: string | null;
  company: string | null;
  source: string | null;
  created_at: number;
  time_zone: string | null;
  country: string | null;
  region: string | null;
  postal_code: string | null;
  notes: string | null;
  custom: Record<string, unknown> | string | null;
  attempt_count: number;
  first_attempt_at: number | null;
  callback_at: number | null;
  assigned_rep: string;
  assignment: number;
  claim_until: number;
}

/**
 * What the reps connected to this node should hold: every lead offered to them (resent after a
 * welcome: the rep keys offers by offerId, so it stores each once) and every offer they lost and
 * have not yet said they dropped.
 */
export async function pendingForReps(
  db: Pick<HubDatabase, 'query'>,
  repIds: readonly string[],
): Promise<{ offers: PendingOffer[]; revokes: PendingRevoke[] }> {
  if (repIds.length === 0) return { offers: [], revokes: [] };
  const reps = JSON.stringify(repIds);
  const offered = await db.query<OfferRow>(
    `SELECT id, campaign_id, phone_e164, first_name, last_name, email, company, source,
       created_at, time_zone, country, region, postal_code, notes, custom, attempt_count,
       first_attempt_at, callback_at, assigned_rep, assignment, claim_until
     FROM pool_leads
     WHERE status = 'assigned' AND assigned_rep IN (SELECT json_array_elements_text($1::json))
     ORDER BY id`,
    [reps],
  );
  const lost = await db.query<{
    rep_id: string;
    lead_id: string;
    offer_id: string;
    end_reason: string;
  }>(
    `SELECT rep_id, lead_id, offer_id, end_reason FROM pool_offers
     WHERE rep_id IN (SELECT json_array_elements_text($1::json))
       AND ended_at IS NOT NULL AND end_reason <> 'dialed' AND revoke_acked_at IS NULL
     ORDER BY offered_at`,
    [reps],
  );
  return {
    offers: offered.rows.map((row) => ({
      repId: row.assigned_rep,
      offerId: `${row.id}:${row.assignment}`,
      claimUntil: row.claim_until,
      lead: payloadOf(row),
    })),
    revokes: lost.rows.map((row) => ({
      repId: row.rep_id,
      leadId: row.lead_id,
      offerId: row.offer_id,
      reason: row.end_reason,
    })),
  };
}

function payloadOf(row: OfferRow): PoolLeadPayload {
  return {
    id: row.id,
    campaignId: row.campaign_id,
    phoneE164: row.phone_e164,
    firstName: row.first_name ?? '',
    lastName: row.last_name ?? '',
    email: row.email,
    company: row.company ?? '',
    source: row.source,
    createdAt: row.created_at,
    timeZone: row.time_zone,
    country: row.country,
    region: row.region,
    postalCode: row.postal_code,
    notes: row.notes,
    custom: customFields(row.custom),
    attemptCount: row.attempt_count,
    firstAttemptAt: row.first_attempt_at,
    callbackAt: row.callback_at,
  };
}

function customFields(value: OfferRow['custom']): Record<string, string> {
  const parsed: unknown = typeof value === 'string' ? JSON.parse(value) : value;
  if (parsed === null || typeof parsed !== 'object') return {};
  return Object.fromEntries(
    Object.entries(parsed as Record<string, unknown>).map(([key, field]) => [key, String(field)]),
  );
}
