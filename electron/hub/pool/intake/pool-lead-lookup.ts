import type { DbTransaction } from '../../db';

export interface KnownLead {
  /** The lead the sender should follow: the live lead for a merged row. */
  leadId: string;
  status: string;
}

/**
 * In one statement (intake stores hundreds a second): the answer given for this externalId the
 * first time, if the key sent it before, and whether the number is on the team's DNC list.
 */
export async function lookUpArrival(
  tx: DbTransaction,
  sourceKey: string,
  externalId: string | null,
  phoneE164: string,
): Promise<{ known: KnownLead | null; onDnc: boolean }> {
  const found = await tx.query<{
    id: string | null;
    status: string | null;
    merged_into: string | null;
    on_dnc: boolean;
  }>(
    `SELECT known.id, known.status, known.merged_into,
            EXISTS (SELECT 1 FROM team_dnc WHERE phone_e164 = $3) AS on_dnc
       FROM (SELECT 1) AS one
       LEFT JOIN pool_leads AS known ON known.source_key = $1 AND known.external_id = $2`,
    [sourceKey, externalId, phoneE164],
  );
  const row = found.rows[0]!;
  const known =
    row.id !== null && row.status !== null
      ? { leadId: row.merged_into ?? row.id, status: row.status }
      : null;
  return { known, onDnc: row.on_dnc };
}

/** The campaign's live lead with this number (the one a duplicate merges into). */
export async function liveLeadByPhone(
  tx: DbTransaction,
  campaignId: string,
  phoneE164: string,
): Promise<string | null> {
  const found = await tx.query<{ id: string }>(
    `SELECT id FROM pool_leads WHERE campaign_id = $1 AND phone_e164 = $2
       AND status NOT IN ('merged', 'do-not-call', 'done')`,
    [campaignId, phoneE164],
  );
  return found.rows[0]?.id ?? null;
}
