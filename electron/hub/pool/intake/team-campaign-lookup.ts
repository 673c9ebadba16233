import type { DbTransaction } from '../../db';

/** Where a lead that names no campaign goes: the team campaign hub migration 6 creates. */
export const WEB_LEADS_CAMPAIGN_ID = 'web-leads';

/** Asked once per campaign and transaction: a batch of posted leads mostly names one campaign. */
const seen = new WeakMap<DbTransaction, Map<string, boolean>>();

export async function teamCampaignExists(tx: DbTransaction, campaignId: string): Promise<boolean> {
  let known = seen.get(tx);
  if (!known) seen.set(tx, (known = new Map<string, boolean>()));
  const cached = known.get(campaignId);
  if (cached !== undefined) return cached;
  const found = await tx.query('SELECT 1 FROM team_campaigns WHERE id = $1', [campaignId]);
  known.set(campaignId, found.rows.length > 0);
  return found.rows.length > 0;
}
