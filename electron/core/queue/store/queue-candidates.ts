import type { QueueScan } from '../queue-columns';
import { joinSql, rawSql, sql, type SqlStatement } from '../../platform/store/sql';
import type { Store } from '../../platform/store/store';
import type { LeadQueueRow } from './lead-queue-state';
import { LEAD_COLUMNS } from '../../leads';

/** A lead as the queue reads it, with whether its number is on the DNC list right now. */
export type QueueCandidateRow = LeadQueueRow & { on_dnc: number | null };

const CANDIDATE_COLUMNS = rawSql(
  `${LEAD_COLUMNS}, queue_tier, queue_due_at,
   (SELECT 1 FROM dnc WHERE dnc.phone_e164 = leads.phone_e164) AS on_dnc`,
);

/** One page of one index range scan in one zone (docs/QUEUE_POLICY.md, section 6). */
export function scanPageStatement(
  campaignId: string,
  timeZone: string,
  scan: QueueScan,
  limit: number,
  offset = 0,
): SqlStatement {
  const after = scan.dueAfter === null ? rawSql('') : sql` AND queue_due_at > ${scan.dueAfter}`;
  const until =
    scan.dueAtOrBefore === null ? rawSql('') : sql` AND queue_due_at <= ${scan.dueAtOrBefore}`;
  const order = rawSql(
    scan.order === 'asc' ? 'queue_due_at ASC, id ASC' : 'queue_due_at DESC, id DESC',
  );
  return sql`SELECT ${CANDIDATE_COLUMNS} FROM leads
    WHERE campaign_id = ${campaignId} AND time_zone = ${timeZone} AND queue_tier = ${scan.queueTier}${after}${until}
    ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`;
}

/** The first page of a scan in every zone, in one round trip to the store. */
export function firstPagesStatement(
  campaignId: string,
  timeZones: readonly string[],
  scan: QueueScan,
  limit: number,
): SqlStatement {
  return joinSql(
    timeZones.map(
      (zone) => sql`SELECT * FROM (${scanPageStatement(campaignId, zone, scan, limit)})`,
    ),
    ' UNION ALL ',
  );
}

/**
 * The zones a campaign has queued leads in, by skipping through the queue index one zone at a
 * time: a handful of index seeks however many leads there are.
 */
export async function queuedTimeZones(store: Store, campaignId: string): Promise<string[]> {
  const rows = await store.all<{ zone: string }>(
    sql`WITH RECURSIVE zones(zone) AS (
          SELECT min(time_zone) FROM leads
           WHERE campaign_id = ${campaignId} AND queue_tier IS NOT NULL
          UNION ALL
          SELECT (SELECT min(time_zone) FROM leads
                   WHERE campaign_id = ${campaignId} AND queue_tier IS NOT NULL
                     AND time_zone > zones.zone)
            FROM zones WHERE zone IS NOT NULL)
        SELECT zone FROM zones WHERE zone IS NOT NULL`,
  );
  return rows.map((row) => row.zone);
}
