import type { DbTransaction } from '../../db';

/** Where a lead that names no campaign goes: the team campaign hub migration 6 creates. */
export const WEB_LEADS_CAMPAIGN_ID = 'web-leads';

/** The campaign's id when it is one of the team's, else null. */
export async function teamCampaignExists(tx: DbTransaction, campaignId: string): Promise<boolean> {
  const found = await tx.query('SELECT 1 FROM team_campaigns WHERE id = $1', [campaignId]);
  return found.rows.length > 0;
}
