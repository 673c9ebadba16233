import { sql, type SqlStatement } from '../platform/store/sql';
import type { Store } from '../platform/store/store';

export interface Campaign {
  id: string;
  name: string;
  createdAt: number;
  scriptMarkdown: string;
}

interface CampaignRow {
  id: string;
  name: string;
  created_at: number;
  script_markdown: string;
}

/** A campaign row with its lead counts, as campaigns.list reads it. */
export interface StoredCampaign {
  id: string;
  name: string;
  created_at: number;
  rules_json: string;
  script_markdown: string;
  team_version: number | null;
  team_updated_by: string | null;
  total: number;
  queued: number;
  held: number;
}

export const DEFAULT_CAMPAIGN_ID = 'default';

export class CampaignRepository {
  constructor(private readonly store: Store) {}

  async all(): Promise<Campaign[]> {
    const rows = await this.store.all<CampaignRow>(
      sql`SELECT id, name, created_at, script_markdown FROM campaigns ORDER BY created_at`,
    );
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      createdAt: row.created_at,
      scriptMarkdown: row.script_markdown,
    }));
  }

  /** Each campaign's dialing rules as stored (JSON); parse them with parseCampaignRules. */
  async rulesJson(): Promise<Array<{ id: string; rulesJson: string }>> {
    const rows = await this.store.all<{ id: string; rules_json: string }>(
      sql`SELECT id, rules_json FROM campaigns ORDER BY id`,
    );
    return rows.map((row) => ({ id: row.id, rulesJson: row.rules_json }));
  }

  /** The campaign's call script, '' when it has none; null when there is no such campaign. */
  async scriptMarkdown(id: string): Promise<string | null> {
    const row = await this.store.get<{ script_markdown: string }>(
      sql`SELECT script_markdown FROM campaigns WHERE id = ${id}`,
    );
    return row ? row.script_markdown : null;
  }

  /** Every campaign as stored, with its lead counts (index counts: cheap at a million leads). */
  async withCounts(): Promise<StoredCampaign[]> {
    return this.store.all<StoredCampaign>(
      sql`SELECT c.id, c.name, c.created_at, c.rules_json, c.script_markdown, c.team_version,
            c.team_updated_by, (SELECT count(*) FROM leads WHERE campaign_id = c.id) AS total,
            (SELECT count(*) FROM leads WHERE campaign_id = c.id AND queue_tier IS NOT NULL)
              AS queued,
            (SELECT count(*) FROM leads INDEXED BY leads_held
              WHERE status = 'held' AND campaign_id = c.id) AS held
          FROM campaigns c ORDER BY c.created_at, c.id`,
    );
  }

  async ids(): Promise<Set<string>> {
    const rows = await this.store.all<{ id: string }>(sql`SELECT id FROM campaigns`);
    return new Set(rows.map((row) => row.id));
  }

  static insertStatement(campaign: Pick<Campaign, 'id' | 'name' | 'createdAt'>): SqlStatement {
    return sql`INSERT INTO campaigns (id, name, created_at)
      VALUES (${campaign.id}, ${campaign.name}, ${campaign.createdAt})`;
  }

  /** Sets the fields given; null leaves a field as it is. */
  static updateStatement(
    id: string,
    patch: { name: string | null; rulesJson: string | null; scriptMarkdown: string | null },
  ): SqlStatement {
    return sql`UPDATE campaigns SET name = coalesce(${patch.name}, name),
      rules_json = coalesce(${patch.rulesJson}, rules_json),
      script_markdown = coalesce(${patch.scriptMarkdown}, script_markdown) WHERE id = ${id}`;
  }

  static ensureStatement(campaign: Pick<Campaign, 'id' | 'name' | 'createdAt'>): SqlStatement {
    return sql`INSERT OR IGNORE INTO campaigns (id, name, created_at)
      VALUES (${campaign.id}, ${campaign.name}, ${campaign.createdAt})`;
  }
}
