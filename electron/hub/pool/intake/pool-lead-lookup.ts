import type { DbTransaction } from '../../db';

export interface KnownLead {
  /** The lead the sender should follow: the live lead for a merged row. */
  leadId: string;
  status: string;
}

/** The answer given for this externalId the first time, if the key sent it before. */
export async function leadByExternalId(
  tx: DbTransaction,
  sourceKey: string,
  externalId: string,
): Promise<KnownLead | null> {
  const found = await tx.query<{ id: string; status: string; merged_into: string | null }>(
    `SELECT id, status, merged_into FROM pool_leads WHERE source_key = $1 AND external_id = $2`,
    [sourceKey, externalId],
  );
  const row = found.rows[0];
  return row ? { leadId: row.merged_into ?? row.id, status: row.status } : null;
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

export async function isOnTeamDnc(tx: DbTransaction, phoneE164: string): Promise<boolean> {
  const found = await tx.query('SELECT 1 FROM team_dnc WHERE phone_e164 = $1', [phoneE164]);
  return found.rows.length > 0;
}
