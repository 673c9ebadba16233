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

  static ensureStatement(campaign: Pick<Campaign, 'id' | 'name' | 'createdAt'>): SqlStatement {
    return sql`INSERT OR IGNORE INTO campaigns (id, name, created_at)
      VALUES (${campaign.id}, ${campaign.name}, ${campaign.createdAt})`;
  }
}
