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

/**
 * One read of the queue's index: a zone under one set of calling regions (`leads_queue_by_rules`),
 * or, with `regions` null, a whole zone whose partitions are all open now (`leads_queue`).
 */
export interface PartitionKey {
  timeZone: string;
  regions: string | null;
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
  // Named, not left to the planner: a partition read through the zone's index would run over
  // the leads of its closed neighbours (and without statistics SQLite picks the smaller index).
  const source =
    regions === null
      ? rawSql('leads INDEXED BY leads_queue')
      : rawSql('leads INDEXED BY leads_queue_by_rules');
  const rulesPart = regions === null ? sql`` : sql` AND calling_regions = ${regions}`;
  return sql`SELECT ${CANDIDATE_COLUMNS}, calling_regions FROM ${source}
    WHERE campaign_id = ${campaignId} AND time_zone = ${timeZone}${rulesPart}
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

const warmed = new WeakMap<Store, Set<string>>();

/**
 * Compiles the first pages' statement for every shape a look-up can take (up to `zones` whole
 * zones, then partitions, `partitions` reads in all), in both directions, by running each on a
 * tier no lead has: the store keeps compiled statements, and compiling a union of dozens of scans
 * takes longer than running it, so the look-ups of the day (whose open partitions change by the
 * hour) do not wait for it. Once per store and shape.
 */
export async function warmFirstPages(
  store: Store,
  campaignId: string,
  zones: number,
  partitions: number,
) {
  const done = warmed.get(store) ?? new Set<string>();
  warmed.set(store, done);
  for (let whole = 0; whole <= zones; whole += 1) {
    for (let split = 0; whole + split <= partitions; split += 1) {
      const shape = `${whole}:${split}`;
      if (whole + split === 0 || done.has(shape)) continue;
      done.add(shape);
      const reads = [
        ...Array<PartitionKey>(whole).fill({ timeZone: '', regions: null }),
        ...Array<PartitionKey>(split).fill({ timeZone: '', regions: '' }),
      ];
      for (const order of ['asc', 'desc'] as const) {
        const scan = {
          tier: 'new',
          queueTier: -1,
          dueAfter: null,
          dueAtOrBefore: null,
          order,
        } as const;
        await store.all(firstPagesStatement(campaignId, reads, scan, 1));
      }
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
