import type { Disposition } from '../../../../shared/domain/disposition';
import type { CampaignRules } from '../../../../shared/domain/campaign-rules';
import type { HubDatabase } from '../../db';
import { HUB_CHANNEL } from '../../store/hub-store';

/** A team_campaigns row as both adapters return it (JSONB parsed, BIGINT as numbers). */
export interface TeamCampaignRow {
  id: string;
  name: string;
  rules: unknown;
  script: string;
  dispositions: unknown;
  claim_minutes: number;
  rep_ids: unknown;
  version: number;
  updated_at: number;
  updated_by: string;
}

export interface TeamCampaignWrite {
  id: string;
  name: string;
  rules: CampaignRules;
  script: string;
  dispositions: readonly Disposition[];
  claimMinutes: number;
  repIds: readonly string[] | null;
  updatedAt: number;
  updatedBy: string;
}

/** Tells every hub node the team campaigns changed, so each pushes them to its reps. */
export const CAMPAIGNS_SIGNAL = 'campaigns';

export async function selectTeamCampaigns(db: HubDatabase): Promise<TeamCampaignRow[]> {
  const { rows } = await db.query<TeamCampaignRow & Record<string, unknown>>(
    `SELECT id, name, rules, script, dispositions, claim_minutes, rep_ids, version, updated_at,
       updated_by
     FROM team_campaigns ORDER BY name, id`,
  );
  return rows;
}

/** False when a campaign with this id exists already. */
export async function insertTeamCampaign(
  db: HubDatabase,
  campaign: TeamCampaignWrite,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO team_campaigns (id, name, rules, script, dispositions, updated_at, updated_by,
         claim_minutes, rep_ids)
       VALUES ($1, $2, $3::jsonb, $4, $5::jsonb, $6, $7, $8, $9::jsonb)
       ON CONFLICT (id) DO NOTHING RETURNING id`,
      [
        campaign.id,
        campaign.name,
        JSON.stringify(campaign.rules),
        campaign.script,
        JSON.stringify(campaign.dispositions),
        campaign.updatedAt,
        campaign.updatedBy,
        campaign.claimMinutes,
        repIdsJson(campaign.repIds),
      ],
    );
    if (rows.length > 0)
      await tx.query('SELECT pg_notify($1, $2)', [HUB_CHANNEL, CAMPAIGNS_SIGNAL]);
    return rows.length > 0;
  });
}

/**
 * Replaces the campaign's editable fields and gives it the next version, only if it is still at
 * `expectedVersion`: two supervisors editing at once cannot overwrite each other unseen.
 * 'missing' when there is no such campaign, 'stale' when someone changed it first.
 */
export async function updateTeamCampaign(
  db: HubDatabase,
  campaign: TeamCampaignWrite,
  expectedVersion: number,
): Promise<'updated' | 'missing' | 'stale'> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<{ id: string }>(
      `UPDATE team_campaigns SET name = $2, rules = $3::jsonb, script = $4,
         dispositions = $5::jsonb, updated_at = $6, updated_by = $7, claim_minutes = $9,
         rep_ids = $10::jsonb, version = nextval('team_campaigns_version')
       WHERE id = $1 AND version = $8 RETURNING id`,
      [
        campaign.id,
        campaign.name,
        JSON.stringify(campaign.rules),
        campaign.script,
        JSON.stringify(campaign.dispositions),
        campaign.updatedAt,
        campaign.updatedBy,
        expectedVersion,
        campaign.claimMinutes,
        repIdsJson(campaign.repIds),
      ],
    );
    if (rows.length > 0) {
      await tx.query('SELECT pg_notify($1, $2)', [HUB_CHANNEL, CAMPAIGNS_SIGNAL]);
      return 'updated';
    }
    const exists = await tx.query('SELECT 1 FROM team_campaigns WHERE id = $1', [campaign.id]);
    return exists.rows.length > 0 ? 'stale' : 'missing';
  });
}

/** SQL NULL (every rep), not the JSON null. */
function repIdsJson(repIds: readonly string[] | null): string | null {
  return repIds === null ? null : JSON.stringify(repIds);
}
