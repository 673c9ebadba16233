import { DEFAULT_CAMPAIGN_RULES } from '../../../../shared/domain/campaign-rules';
import type { TeamCampaign } from '../../../../shared/domain/team-campaign';
import { CampaignRepository, requeueForMaxAttemptsStatement } from '../../campaigns';
import { DispositionRepository } from '../../dispositions';
import { sql, type SqlStatement } from '../../platform/store/sql';
import type { Store } from '../../platform/store/store';

/** A campaign row as the mirror compares it with what the hub sent. */
export interface MirroredCampaign {
  id: string;
  teamVersion: number | null;
  maxAttempts: number | null;
}

/** The team campaigns' rows in the rep's store: written only from what the hub sends. */
export const TeamCampaignRows = {
  /** The version the rep holds: the largest of its team campaigns', 0 with none. */
  async heldVersion(store: Store): Promise<number> {
    const row = await store.get<{ version: number | null }>(
      sql`SELECT max(team_version) AS version FROM campaigns`,
    );
    return row?.version ?? 0;
  },

  async current(store: Store): Promise<Map<string, MirroredCampaign>> {
    const rows = await store.all<{
      id: string;
      team_version: number | null;
      max_attempts: unknown;
    }>(
      sql`SELECT id, team_version, json_extract(rules_json, '$.cadence.maxAttempts') AS max_attempts
          FROM campaigns`,
    );
    return new Map(
      rows.map((row) => [
        row.id,
        {
          id: row.id,
          teamVersion: row.team_version,
          maxAttempts: typeof row.max_attempts === 'number' ? row.max_attempts : null,
        },
      ]),
    );
  },

  /**
   * The campaign as the hub sent it, its outcomes replacing the ones stored under its id. A row
   * the pool made for the campaign's first lead, or a campaign of the rep's own with the same id,
   * becomes the team's: its leads stay and are requeued when the number of dials changed.
   */
  mirrorStatements(
    campaign: TeamCampaign,
    stored: MirroredCampaign | undefined,
    now: number,
  ): SqlStatement[] {
    const statements: SqlStatement[] = [
      CampaignRepository.ensureStatement({ id: campaign.id, name: campaign.name, createdAt: now }),
      sql`UPDATE campaigns SET name = ${campaign.name}, rules_json = ${JSON.stringify(campaign.rules)},
          script_markdown = ${campaign.script}, team_version = ${campaign.version},
          team_updated_by = ${campaign.updatedBy}
        WHERE id = ${campaign.id}`,
      ...DispositionRepository.replaceStatements(campaign.dispositions, campaign.id),
    ];
    const before = stored?.maxAttempts ?? DEFAULT_CAMPAIGN_RULES.cadence.maxAttempts;
    const after = campaign.rules.cadence.maxAttempts;
    if (stored && before !== after) {
      statements.push(requeueForMaxAttemptsStatement(campaign.id, before, after));
    }
    return statements;
  },
};
