import type { ReportBreakdown } from '../../../shared/reports/kpi-report';

/** The dimension a report reads its days' rows under: the team's, or a breakdown's. */
export type ReportDimension = ReportBreakdown | 'team';

/**
 * Builds the days of one zone from report_attempts: $1 the zone, $2 the local midnights of the
 * days and the one after (bigint[]), $3/$4 the first midnight and the last. One range scan on
 * report_attempts_by_start; each dial counts under four dimensions. Every measure follows the
 * live strip's rule (shared/kpi/compute-snapshot.ts). The samples are kept ascending, so a
 * report selects their medians by merging, never by sorting them again.
 */
export const BUILD_DAYS = `INSERT INTO report_day_groups (time_zone, day_start, dimension, group_key,
    group_label, dials, contacts, conversions, talk_seconds, handled_calls, handle_seconds,
    rep_count, response_ms, closing_ms, reached)
  SELECT $1, ($2::bigint[])[day], dimension, group_key, max(group_label),
    count(*), count(*) FILTER (WHERE contact), count(*) FILTER (WHERE conversion),
    COALESCE(sum(talk_seconds), 0), count(*) FILTER (WHERE handled),
    COALESCE(sum(handle_seconds) FILTER (WHERE handled), 0),
    count(DISTINCT rep_id),
    COALESCE(array_agg(response_ms ORDER BY response_ms) FILTER (WHERE first_dial), '{}'),
    COALESCE(array_agg(closing_ms ORDER BY closing_ms) FILTER (WHERE conversion), '{}'),
    COALESCE(array_agg(DISTINCT lead_key) FILTER (WHERE contact), '{}')
  FROM (
    SELECT width_bucket(started_at, $2::bigint[]) AS day, rep_id, lead_key, contact, conversion,
      talk_seconds, campaign_name, source, campaign_id,
      (answered_at IS NOT NULL AND ended_at IS NOT NULL AND recorded_at IS NOT NULL) AS handled,
      talk_seconds + GREATEST(0, recorded_at - ended_at)::float8 / 1000 AS handle_seconds,
      started_at = COALESCE(lead_first_attempt_at, started_at) AS first_dial,
      GREATEST(0, started_at - lead_created_at)::float8 AS response_ms,
      GREATEST(0, COALESCE(recorded_at, ended_at, started_at)
        - COALESCE(lead_first_attempt_at, started_at))::float8 AS closing_ms
    FROM report_attempts
    WHERE started_at >= $3 AND started_at < $4
  ) dial
  CROSS JOIN LATERAL (VALUES
    ('team', '', NULL),
    ('rep', rep_id, NULL),
    ('source', COALESCE(source, ''), NULL),
    ('campaign', COALESCE(campaign_id, ''), campaign_name)
  ) AS g(dimension, group_key, group_label)
  GROUP BY day, dimension, group_key`;

/** The days' rows of one dimension ($4) and the team's, cut into the row buckets ($5). */
const CELLS = `WITH cells AS (
    SELECT width_bucket(day_start, $5::bigint[]) AS bucket, group_key, group_label, dials,
      contacts, conversions, talk_seconds, handled_calls, handle_seconds, rep_count,
      response_ms, closing_ms, reached
    FROM report_day_groups
    WHERE time_zone = $1 AND dimension = $4 AND day_start >= $2 AND day_start < $3
    UNION ALL
    SELECT 0, '', NULL, dials, contacts, conversions, talk_seconds, handled_calls,
      handle_seconds, rep_count, response_ms, closing_ms, reached
    FROM report_day_groups
    WHERE time_zone = $1 AND dimension = 'team' AND day_start >= $2 AND day_start < $3
  )`;

/**
 * Per row bucket and group (bucket 0: the range's totals, from the team's rows: a rep who dialed
 * two sources in a day is one rep-day): the sums.
 */
export const READ_SUMS = `${CELLS}
  SELECT bucket, group_key, max(group_label) AS group_label,
    sum(dials)::int AS dials, sum(contacts)::int AS contacts, sum(conversions)::int AS conversions,
    sum(talk_seconds)::float8 AS talk_seconds, sum(handled_calls)::int AS handled_calls,
    sum(handle_seconds)::float8 AS handle_seconds, sum(rep_count)::int AS rep_days
  FROM cells GROUP BY bucket, group_key`;

/**
 * The days' rows of one dimension ($4) only, in the row buckets ($5), with their samples and
 * reached leads: every dial falls in exactly one group of a dimension, so the groups' samples
 * together are the team's. Medians and distinct leads are taken from these lists in memory
 * (day-samples.ts): the database hands over each day's lists as stored instead of unnesting and
 * sorting a hundred thousand rows on every report. Each list travels as JSON text, which the
 * client parses natively (the drivers' array parsers take three times as long), exactly: a
 * double's text is its shortest exact form, a key's JSON escapes every character.
 */
export const READ_DAY_SAMPLES = `SELECT width_bucket(day_start, $5::bigint[]) AS bucket, group_key,
    array_to_json(response_ms)::text AS response_ms, array_to_json(closing_ms)::text AS closing_ms,
    array_to_json(reached)::text AS reached
  FROM report_day_groups
  WHERE time_zone = $1 AND dimension = $4 AND day_start >= $2 AND day_start < $3`;

/**
 * Leads of the team pool that arrived in [$1, $2) and were not dialed by $2, in the row
 * buckets ($3): a lead nobody dialed has no rep, so under the rep breakdown it counts in the
 * totals only. Two partial reads: never dialed, and first dialed after the range.
 */
export function neverDialedSql(breakdown: ReportBreakdown | null): string {
  const group = LEAD_GROUPS[breakdown ?? 'team'];
  return `SELECT GROUPING(bucket) = 1 AS is_total, bucket, group_key,
    max(group_label) AS group_label, count(*)::int AS never_dialed
  FROM (
    SELECT width_bucket(l.created_at, $3::bigint[]) AS bucket,
      ${group.key} AS group_key, ${group.label} AS group_label
    FROM pool_leads l LEFT JOIN team_campaigns c ON c.id = l.campaign_id
    WHERE l.created_at >= $1 AND l.created_at < $2 AND l.status <> 'merged'
      AND (l.first_attempt_at IS NULL OR l.first_attempt_at >= $2)
  ) lead
  GROUP BY GROUPING SETS ((bucket, group_key), ())`;
}

interface GroupColumns {
  key: string;
  label: string;
}

/** Fixed SQL per breakdown: no text from a request ever reaches a statement. */
const LEAD_GROUPS: Record<ReportDimension, GroupColumns> = {
  team: { key: "''::text", label: 'NULL::text' },
  rep: { key: 'NULL::text', label: 'NULL::text' },
  source: { key: "COALESCE(l.source, '')", label: 'NULL::text' },
  campaign: { key: 'l.campaign_id', label: 'c.name' },
};
