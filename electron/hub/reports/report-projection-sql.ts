/**
 * The report's copy of each attempt: its latest report (by stored order) made into columns,
 * so a report scans a narrow table by time instead of parsing every event's JSON.
 * `$1` lists event row ids (bigint[]) to project; the migration runs it over every stored event.
 */
function projectLatestReports(eventFilter: string): string {
  return `WITH latest AS (
    SELECT DISTINCT ON (body->>'attemptId') id, rep_id, body
    FROM (SELECT id, rep_id, event_json::jsonb AS body FROM events
          WHERE type = 'attempt' AND ${eventFilter}) attempt_events
    ORDER BY body->>'attemptId', id DESC
  ), called_off AS (
    DELETE FROM report_attempts r USING latest l
    WHERE r.attempt_id = l.body->>'attemptId' AND l.body ? 'calledOff' AND r.event_row < l.id
  )
  INSERT INTO report_attempts (attempt_id, event_row, rep_id, lead_key, source, campaign_id,
    campaign_name, started_at, answered_at, ended_at, recorded_at, talk_seconds, has_outcome,
    contact, conversion, lead_created_at, lead_first_attempt_at)
  SELECT body->>'attemptId', id, rep_id,
    COALESCE(body->>'poolLeadId', rep_id || ':' || (body->>'leadId')),
    NULLIF(body->>'source', ''), NULLIF(body->'campaign'->>'id', ''), body->'campaign'->>'name',
    (body->>'startedAt')::bigint, (body->>'answeredAt')::bigint, (body->>'endedAt')::bigint,
    (body->>'recordedAt')::bigint, (body->>'talkSeconds')::double precision,
    body->>'outcomeCode' IS NOT NULL, (body->>'contact')::boolean, (body->>'conversion')::boolean,
    (body->>'leadCreatedAt')::bigint, (body->>'leadFirstAttemptAt')::bigint
  FROM latest WHERE NOT body ? 'calledOff'
  ON CONFLICT (attempt_id) DO UPDATE SET event_row = excluded.event_row,
    rep_id = excluded.rep_id, lead_key = excluded.lead_key, source = excluded.source,
    campaign_id = excluded.campaign_id, campaign_name = excluded.campaign_name,
    started_at = excluded.started_at, answered_at = excluded.answered_at,
    ended_at = excluded.ended_at, recorded_at = excluded.recorded_at,
    talk_seconds = excluded.talk_seconds, has_outcome = excluded.has_outcome,
    contact = excluded.contact, conversion = excluded.conversion,
    lead_created_at = excluded.lead_created_at,
    lead_first_attempt_at = excluded.lead_first_attempt_at
  WHERE report_attempts.event_row < excluded.event_row`;
}

/** Projects the attempt events among the rows just stored (ids in `$1`). */
export const PROJECT_STORED_ATTEMPTS = projectLatestReports('id = ANY($1::bigint[])');

/** Projects every attempt event stored so far: the migration's backfill. */
export const PROJECT_ALL_ATTEMPTS = projectLatestReports('true');

/**
 * Marks the UTC hours of the dials just stored as changed ($1: their event rows), each with a
 * new number from report_dirty_seq; a day built before that number is built again.
 */
export const MARK_STORED_HOURS = `INSERT INTO report_dirty_hours (hour, seq)
  SELECT hour, nextval('report_dirty_seq') FROM (
    SELECT DISTINCT (event_json::jsonb->>'startedAt')::bigint / 3600000 AS hour
    FROM events WHERE id = ANY($1::bigint[]) AND type = 'attempt'
  ) changed
  ON CONFLICT (hour) DO UPDATE SET seq = excluded.seq`;
