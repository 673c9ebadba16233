import type { QueueEntry, QueueSummary } from '../../../shared/domain/queue';
import { LEAD_COLUMNS, rowToLead, type LeadRow } from '../repositories/lead-rows';
import { rawSql, sql } from '../store/sql';
import type { Store } from '../store/store';

const UPCOMING = 5;

/**
 * The first screen's view of the queue: how many leads are workable and which come next.
 * Freshest new leads first, as speed-to-lead asks; the full policy lives in electron/core/queue.
 */
export async function queueSummary(store: Store, now: number): Promise<QueueSummary> {
  const [countRow, rows] = await Promise.all([
    store.get<{ n: number }>(
      sql`SELECT count(*) AS n FROM leads WHERE status IN ('new', 'retry', 'callback')`,
    ),
    store.all<LeadRow>(
      sql`SELECT ${rawSql(LEAD_COLUMNS)} FROM leads WHERE status = 'new'
          ORDER BY created_at DESC LIMIT ${UPCOMING + 1}`,
    ),
  ]);
  const entries: QueueEntry[] = rows.map((row) => {
    const lead = rowToLead(row);
    return { lead, reason: `new lead — ${formatAge(now - lead.createdAt)} old` };
  });
  return { count: countRow?.n ?? 0, next: entries[0] ?? null, upcoming: entries.slice(1) };
}

function formatAge(ms: number): string {
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h`;
  return `${Math.floor(hours / 24)} days`;
}
