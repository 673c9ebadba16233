import { sql, type SqlStatement } from '../store/sql';
import type { Store } from '../store/store';

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

  static ensureStatement(campaign: Pick<Campaign, 'id' | 'name' | 'createdAt'>): SqlStatement {
    return sql`INSERT OR IGNORE INTO campaigns (id, name, created_at)
      VALUES (${campaign.id}, ${campaign.name}, ${campaign.createdAt})`;
  }
}
