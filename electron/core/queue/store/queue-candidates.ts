import type { QueueScan } from '../queue-columns';
import { joinSql, rawSql, sql, type SqlStatement } from '../../platform/store/sql';
import type { Store } from '../../platform/store/store';
import type { LeadQueueRow } from './lead-queue-state';
import { LEAD_COLUMNS } from '../../leads';

/** A lead as the queue reads it, with whether its number is on the DNC list right now. */
export type QueueCandidateRow = LeadQueueRow & { on_dnc: number | null; calling_regions: string };

const CANDIDATE_COLUMNS = rawSql(
  `${LEAD_COLUMNS}, queue_tier, queue_due_at,
   (SELECT 1 FROM dnc WHERE dnc.phone_e164 = leads.phone_e164) AS on_dnc`,
);

/** A part of the queue's index: one zone under one set of calling regions. */
export interface PartitionKey {
  timeZone: string;
  regions: string;
}

/** The farthest instant a Date can hold, in ms: an open bound of a scan. */
const EPOCH_LIMIT = 8.64e15;

/** One page of one index range scan in one partition (docs/QUEUE_POLICY.md, section 6). */
export function scanPageStatement(
  campaignId: string,
  { timeZone, regions }: PartitionKey,
  scan: QueueScan,
  limit: number,
  offset = 0,
): SqlStatement {
  // Both bounds always, open ones as the widest values: one statement text per direction and
  // number of partitions, whatever the scan (see warmFirstPages).
  const after = sql` AND queue_due_at > ${scan.dueAfter ?? -EPOCH_LIMIT}`;
  const until = sql` AND queue_due_at <= ${scan.dueAtOrBefore ?? EPOCH_LIMIT}`;
  const order = rawSql(
    scan.order === 'asc' ? 'queue_due_at ASC, id ASC' : 'queue_due_at DESC, id DESC',
  );
  return sql`SELECT ${CANDIDATE_COLUMNS}, calling_regions FROM leads
    WHERE campaign_id = ${campaignId} AND time_zone = ${timeZone} AND calling_regions = ${regions}
      AND queue_tier = ${scan.queueTier}${after}${until}
    ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`;
}

/** The first page of a scan in every partition, in one round trip to the store. */
export function firstPagesStatement(
  campaignId: string,
  partitions: readonly PartitionKey[],
  scan: QueueScan,
  limit: number,
): SqlStatement {
  return joinSql(
    partitions.map(
      (part) => sql`SELECT * FROM (${scanPageStatement(campaignId, part, scan, limit)})`,
    ),
    ' UNION ALL ',
  );
}

const warmed = new WeakMap<Store, Set<number>>();

/**
 * Compiles the first pages' statement for every number of open partitions up to `count`, in
 * both directions, by running each on a tier no lead has: the store keeps compiled statements,
 * and compiling a union of dozens of scans takes longer than running it, so the look-ups of the
 * day (whose open partitions change by the hour) do not wait for it. Once per store and size.
 */
export async function warmFirstPages(store: Store, campaignId: string, count: number) {
  const done = warmed.get(store) ?? new Set<number>();
  warmed.set(store, done);
  const none = { timeZone: '', regions: '' };
  for (let size = 1; size <= count; size += 1) {
    if (done.has(size)) continue;
    done.add(size);
    for (const order of ['asc', 'desc'] as const) {
      const scan = {
        tier: 'new',
        queueTier: -1,
        dueAfter: null,
        dueAtOrBefore: null,
        order,
      } as const;
      await store.all(firstPagesStatement(campaignId, Array(size).fill(none), scan, 1));
    }
  }
}

/**
 * The zones × calling regions a campaign has queued leads in, by skipping through the queue index
 * one pair at a time: a handful of index seeks however many leads there are.
 */
export async function queuedPartitions(
  store: Store,
  campaignId: string,
): Promise<{ timeZone: string; regions: string }[]> {
  const rows = await store.all<{ zone: string; regions: string }>(
    sql`WITH RECURSIVE parts(zone, regions) AS (
          SELECT * FROM (SELECT time_zone, calling_regions FROM leads
           WHERE campaign_id = ${campaignId} AND queue_tier IS NOT NULL
           ORDER BY time_zone, calling_regions LIMIT 1)
          UNION ALL
          SELECT (SELECT time_zone FROM leads
                   WHERE campaign_id = ${campaignId} AND queue_tier IS NOT NULL
                     AND (time_zone, calling_regions) > (parts.zone, parts.regions)
                   ORDER BY time_zone, calling_regions LIMIT 1),
                 (SELECT calling_regions FROM leads
                   WHERE campaign_id = ${campaignId} AND queue_tier IS NOT NULL
                     AND (time_zone, calling_regions) > (parts.zone, parts.regions)
                   ORDER BY time_zone, calling_regions LIMIT 1)
            FROM parts WHERE parts.zone IS NOT NULL)
        SELECT zone, regions FROM parts WHERE zone IS NOT NULL`,
  );
  return rows.map((row) => ({ timeZone: row.zone, regions: row.regions }));
}
