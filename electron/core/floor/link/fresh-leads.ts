import type { LeadWaitingEventBody } from '../../../../shared/floor/protocol';
import { sql } from '../../platform/store/sql';
import type { Store } from '../../platform/store/store';

/**
 * Leads nobody has dialed yet: how many, and since when the oldest has waited. The WHERE clause is
 * the one of the `leads_fresh` partial index (migration 4), so this reads that index only; without
 * statistics SQLite would pick the status index and read every new lead's row.
 */
export const FRESH_LEADS_STATEMENT = sql`SELECT count(*) AS n, min(created_at) AS oldest
  FROM leads INDEXED BY leads_fresh
  WHERE status = 'new' AND first_attempt_at IS NULL`;

export async function readFreshLeads(store: Store): Promise<LeadWaitingEventBody> {
  const row = await store.get<{ n: number; oldest: number | null }>(FRESH_LEADS_STATEMENT);
  return { type: 'lead-waiting', count: row?.n ?? 0, oldestCreatedAt: row?.oldest ?? null };
}
