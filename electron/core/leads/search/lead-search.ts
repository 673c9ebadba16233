import type {
  LeadSearchPage,
  LeadSearchQuery,
  LeadSearchRow,
} from '../../../../shared/domain/lead-search';
import type { LeadStatus } from '../../../../shared/domain/lead';
import type { Store } from '../../platform/store/store';
import { notIndexedStatement } from './lead-search-indexer';
import { searchCountStatement, searchPageStatement } from './search-sql';

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
    const [count, rows, behind] = await Promise.all([
      this.store.get<{ n: number }>(searchCountStatement(query)),
      this.store.all<SearchRow>(searchPageStatement(query)),
      this.store.get<{ n: number }>(notIndexedStatement()),
    ]);
    return {
      total: count?.n ?? 0,
      offset: query.offset,
      rows: rows.map(toSearchRow),
      notYetSearchable: behind?.n ?? 0,
    };
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
