import type {
  LeadSearchPage,
  LeadSearchQuery,
  LeadSearchRow,
} from '../../../../shared/domain/lead-search';
import type { LeadStatus } from '../../../../shared/domain/lead';
import type { Store } from '../../platform/store/store';
import { notIndexedStatement } from './lead-search-indexer';
import { indexedPageStatement, searchCountStatement, searchPageStatement } from './search-sql';

interface SearchRow {
  id: number;
  campaign_id: string;
  first_name: string;
  last_name: string;
  company: string;
  phone_e164: string;
  email: string | null;
  status: LeadStatus;
  owner: string | null;
  created_at: number;
  last_attempt_at: number | null;
  attempt_count: number;
}

/** Finds leads across every campaign: the full-text index, the filters, one page in order. */
export class LeadSearch {
  constructor(private readonly store: Store) {}

  async search(query: LeadSearchQuery): Promise<LeadSearchPage> {
    const [{ total, rows }, behind] = await Promise.all([
      this.matches(query),
      this.store.get<{ n: number }>(notIndexedStatement()),
    ]);
    return {
      total,
      offset: query.offset,
      rows: rows.map(toSearchRow),
      notYetSearchable: behind?.n ?? 0,
    };
  }

  private async matches(query: LeadSearchQuery): Promise<{ total: number; rows: SearchRow[] }> {
    const indexed = indexedPageStatement(query);
    if (indexed) {
      const rows = await this.store.all<SearchRow & { total: number }>(indexed);
      const first = rows[0];
      // A page past the last match has no row to carry the count.
      if (first || query.offset === 0) return { total: first?.total ?? 0, rows };
    }
    const [count, rows] = await Promise.all([
      this.store.get<{ n: number }>(searchCountStatement(query)),
      this.store.all<SearchRow>(searchPageStatement(query)),
    ]);
    return { total: count?.n ?? 0, rows };
  }
}

function toSearchRow(row: SearchRow): LeadSearchRow {
  return {
    id: row.id,
    campaignId: row.campaign_id,
    firstName: row.first_name,
    lastName: row.last_name,
    company: row.company,
    phoneE164: row.phone_e164,
    email: row.email,
    status: row.status,
    owner: row.owner,
    createdAt: row.created_at,
    lastAttemptAt: row.last_attempt_at,
    attemptCount: row.attempt_count,
  };
}
