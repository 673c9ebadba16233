import type { ReportBreakdown } from '../../../shared/reports/kpi-report';

/**
 * The KPI report in SQL over report_attempts. Parameters: $1 range start, $2 range end (epoch
 * ms, local midnights in the team's zone), $3 the row buckets' starts, $4 the local days'
 * starts (bigint[] literals). One range scan on report_attempts_by_start; GROUPING SETS give
 * the rows and the range's totals in the same pass. Each measure follows the live strip's rule
 * (shared/kpi/compute-snapshot.ts); the medians are taken in the app from the samples, by the
 * strip's own code, so a median means the same everywhere.
 */
export function attemptKpiSql(breakdown: ReportBreakdown | null): string {
  const group = ATTEMPT_GROUPS[breakdown ?? 'none'];
  return `SELECT GROUPING(bucket) = 1 AS is_total, bucket, group_key, max(group_label) AS group_label,
    count(*)::int AS dials,
    count(*) FILTER (WHERE contact)::int AS contacts,
    count(*) FILTER (WHERE conversion)::int AS conversions,
    count(DISTINCT lead_key) FILTER (WHERE contact)::int AS leads_reached,
    COALESCE(sum(talk_seconds), 0)::float8 AS talk_seconds,
    count(*) FILTER (WHERE handled)::int AS handled_calls,
    COALESCE(sum(handle_seconds) FILTER (WHERE handled), 0)::float8 AS handle_seconds,
    count(DISTINCT (rep_id, day))::int AS rep_days,
    array_agg(response_ms) FILTER (WHERE first_dial) AS response_ms,
    array_agg(closing_ms) FILTER (WHERE conversion) AS closing_ms
  FROM (
    SELECT width_bucket(started_at, $3::bigint[]) AS bucket,
      width_bucket(started_at, $4::bigint[]) AS day,
      ${group.key} AS group_key, ${group.label} AS group_label,
      rep_id, lead_key, contact, conversion, talk_seconds,
      (answered_at IS NOT NULL AND ended_at IS NOT NULL AND recorded_at IS NOT NULL) AS handled,
      talk_seconds + GREATEST(0, recorded_at - ended_at)::float8 / 1000 AS handle_seconds,
      started_at = COALESCE(lead_first_attempt_at, started_at) AS first_dial,
      GREATEST(0, started_at - lead_created_at)::float8 AS response_ms,
      GREATEST(0, COALESCE(recorded_at, ended_at, started_at)
        - COALESCE(lead_first_attempt_at, started_at))::float8 AS closing_ms
    FROM report_attempts
    WHERE started_at >= $1 AND started_at < $2
  ) dial
  GROUP BY GROUPING SETS ((bucket, group_key), ())`;
}

/**
 * Parameters $1–$3 as above. Leads of the team pool that arrived in the range and were not dialed by its end ($2): a lead
 * nobody dialed has no rep, so under the rep breakdown it counts in the totals only.
 */
export function neverDialedSql(breakdown: ReportBreakdown | null): string {
  const group = LEAD_GROUPS[breakdown ?? 'none'];
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
const ATTEMPT_GROUPS: Record<ReportBreakdown | 'none', GroupColumns> = {
  none: { key: "''::text", label: 'NULL::text' },
  rep: { key: 'rep_id', label: 'NULL::text' },
  source: { key: "COALESCE(source, '')", label: 'NULL::text' },
  campaign: { key: "COALESCE(campaign_id, '')", label: 'campaign_name' },
};

const LEAD_GROUPS: Record<ReportBreakdown | 'none', GroupColumns> = {
  none: { key: "''::text", label: 'NULL::text' },
  rep: { key: 'NULL::text', label: 'NULL::text' },
  source: { key: "COALESCE(l.source, '')", label: 'NULL::text' },
  campaign: { key: 'l.campaign_id', label: 'c.name' },
};
