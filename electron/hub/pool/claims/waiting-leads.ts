import { MINUTE_MS } from '../../../../shared/clock';
import type { CampaignRules } from '../../../core/queue';
import type { DbTransaction } from '../../db';
import { CLAIM_COLUMNS, leadFromRow, type ClaimRow } from './claim-rows';
import type { PoolLeadState } from './pool-lead-state';

type Queryable = Pick<DbTransaction, 'query'>;

/** Callbacks this far ahead are read; the campaign's grace decides which are due. */
const CALLBACK_LOOKAHEAD_MS = 60 * MINUTE_MS;

/** A waiting lead is routed only while its number is off the team's list. */
const NOT_ON_TEAM_DNC = `NOT EXISTS (SELECT 1 FROM team_dnc d WHERE d.phone_e164 = pool_leads.phone_e164)`;

/**
 * The retries and callbacks due now: few (each was dialed once), so all of them are read.
 * Read without locks: an offer changes its lead only if the lead still waits as read.
 */
export async function readDueAgain(tx: Queryable, now: number): Promise<PoolLeadState[]> {
  const { rows } = await tx.query<ClaimRow>(
    `SELECT ${CLAIM_COLUMNS} FROM pool_leads
     WHERE ((status = 'retry' AND (next_due_at IS NULL OR next_due_at <= $1))
         OR (status = 'callback' AND (callback_at IS NULL OR callback_at <= $2)))
       AND ${NOT_ON_TEAM_DNC}`,
    [now, now + CALLBACK_LOOKAHEAD_MS],
  );
  return rows.map(leadFromRow);
}

/** The speed-to-lead bands of one campaign's new leads, in ms. */
interface CampaignBands {
  campaign_id: string;
  sla: number;
  at_risk: number;
}

/**
 * The first `limit` new leads in the queue policy's order (docs/QUEUE_POLICY.md: new at risk
 * oldest first, then new and new past the SLA newest first, ties by arrival), computed in SQL
 * with each campaign's bands so a pass reads only the head of a long queue. `orderPoolLeads`
 * sorts them again: the same order, since any head of this order is a head of its order.
 */
export async function readQueuedHead(
  tx: Queryable,
  now: number,
  campaignIds: readonly string[],
  rulesOf: (campaignId: string) => CampaignRules,
  limit: number,
): Promise<PoolLeadState[]> {
  const bands = (rules: CampaignRules) => ({
    sla: rules.speedToLead.slaMinutes * MINUTE_MS,
    at_risk: rules.speedToLead.atRiskMinutes * MINUTE_MS,
  });
  const known: CampaignBands[] = campaignIds.map((id) => ({
    campaign_id: id,
    ...bands(rulesOf(id)),
  }));
  // A campaign the hub does not know is routed with the default rules (rulesOf's fallback).
  const fallback = bands(rulesOf(''));
  const { rows } = await tx.query<ClaimRow>(
    `WITH bands AS (
       SELECT * FROM jsonb_to_recordset($2::jsonb) AS b(campaign_id text, sla bigint, at_risk bigint)
     ), ranked AS (
       SELECT ${prefixed(CLAIM_COLUMNS)},
         CASE WHEN $1::bigint - l.created_at >= coalesce(b.sla, $3::bigint) THEN 3
              WHEN $1::bigint - l.created_at >= coalesce(b.sla, $3::bigint)
                - coalesce(b.at_risk, $4::bigint) THEN 1
              ELSE 2 END AS tier
       FROM pool_leads l LEFT JOIN bands b ON b.campaign_id = l.campaign_id
       WHERE l.status = 'queued'
         AND NOT EXISTS (SELECT 1 FROM team_dnc d WHERE d.phone_e164 = l.phone_e164)
     )
     SELECT ${CLAIM_COLUMNS} FROM ranked
     ORDER BY tier, CASE WHEN tier = 1 THEN created_at ELSE -created_at END,
       CASE WHEN tier = 1 THEN id END COLLATE "C", id COLLATE "C" DESC
     LIMIT $5`,
    [now, JSON.stringify(known), fallback.sla, fallback.at_risk, limit],
  );
  return rows.map(leadFromRow);
}

/** New leads waiting, counted by what decides whether they are callable and how the floor groups them. */
export interface QueuedGroup {
  campaignId: string;
  timeZone: string | null;
  source: string | null;
  attemptCount: number;
  count: number;
  oldestId: string;
  oldestArrivedAt: number;
}

export interface QueuedCounts {
  groups: QueuedGroup[];
  /** Never dialed and given back at least once. */
  reassigned: number;
  /** Those given back twice or more, most often first then longest waiting, at most `named`. */
  reassignedTwice: PoolLeadState[];
}

/**
 * The new leads waiting, for the floor, from aggregates: a pass no longer reads every row of a
 * long queue to count it.
 */
export async function countQueued(tx: Queryable, named: number): Promise<QueuedCounts> {
  const waiting = `status = 'queued' AND ${NOT_ON_TEAM_DNC}`;
  const groups = await tx.query<{
    campaign_id: string;
    time_zone: string | null;
    source: string | null;
    attempt_count: number;
    count: number;
    oldest: [string, number];
    reassigned: number;
    reassigned_twice: number;
  }>(
    `SELECT campaign_id, time_zone, source, attempt_count, count(*)::int AS count,
       (array_agg(jsonb_build_array(id, arrived_at) ORDER BY arrived_at, id COLLATE "C"))[1]
         AS oldest,
       count(*) FILTER (WHERE first_attempt_at IS NULL AND reassign_count > 0)::int AS reassigned,
       count(*) FILTER (WHERE first_attempt_at IS NULL AND reassign_count >= 2)::int
         AS reassigned_twice
     FROM pool_leads WHERE ${waiting}
     GROUP BY campaign_id, time_zone, source, attempt_count`,
    [],
  );
  // Leads given back twice are rare: named only when the counts show some.
  const twice = groups.rows.some((row) => row.reassigned_twice > 0)
    ? await tx.query<ClaimRow>(
        `SELECT ${CLAIM_COLUMNS} FROM pool_leads
         WHERE ${waiting} AND first_attempt_at IS NULL AND reassign_count >= 2
         ORDER BY reassign_count DESC, arrived_at LIMIT $1`,
        [named],
      )
    : { rows: [] };
  return {
    groups: groups.rows.map((row) => ({
      campaignId: row.campaign_id,
      timeZone: row.time_zone,
      source: row.source,
      attemptCount: row.attempt_count,
      count: row.count,
      oldestId: row.oldest[0],
      oldestArrivedAt: Number(row.oldest[1]),
    })),
    reassigned: groups.rows.reduce((sum, row) => sum + row.reassigned, 0),
    reassignedTwice: twice.rows.map(leadFromRow),
  };
}

function prefixed(columns: string): string {
  return columns
    .split(',')
    .map((column) => `l.${column.trim()}`)
    .join(', ');
}
