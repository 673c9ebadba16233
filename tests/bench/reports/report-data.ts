import { DAY_MS, MINUTE_MS } from '../../../shared/clock';
import type { HubDatabase } from '../../../electron/hub/db';

export interface ReportData {
  attempts: number;
  days: number;
  reps: number;
  /** Pool leads that arrived and were never dialed. */
  undialedLeads: number;
  /** Epoch ms of the first dial; the last falls just before `start + days`. */
  start: number;
}

export const REPORT_DATA: ReportData = {
  attempts: Number(process.env.REPORTS_BENCH_ATTEMPTS ?? 1_000_000),
  days: 180,
  reps: 40,
  undialedLeads: 20_000,
  // Monday 1 June 2026, 00:00 in New York: 180 days to 28 November.
  start: Date.UTC(2026, 5, 1, 4),
};

/**
 * Fills report_attempts as ingest would leave it, generated inside the database (a million
 * events through the socket would measure ingest, not reports): dials spread evenly over the
 * days, three per lead (the first is the lead's first dial, 0–2 h after it arrived), 30 % of
 * them contacts and a fifth of those conversions, five sources and a few dials with none,
 * four campaigns. The pool holds every lead (dialed ones done) and 20,000 never dialed;
 * then ANALYZE.
 */
export async function fillReportData(db: HubDatabase, data: ReportData): Promise<void> {
  const spanMs = data.days * DAY_MS;
  await db.query(
    `INSERT INTO reps (rep_id, rep_name, time_zone, stream_id, first_seen_at, last_seen_at)
     SELECT 'rep-' || r, 'Rep ' || r, 'America/New_York', 's-' || r, 0, 0
     FROM generate_series(1, $1::int) r`,
    [data.reps],
  );
  const chunk = 100_000;
  for (let from = 0; from < data.attempts; from += chunk) {
    await db.query(
      `INSERT INTO report_attempts (attempt_id, event_row, rep_id, lead_key, source, campaign_id,
         campaign_name, started_at, answered_at, ended_at, recorded_at, talk_seconds, has_outcome,
         contact, conversion, lead_created_at, lead_first_attempt_at)
       SELECT 'a-' || g, g, 'rep-' || (1 + (g / 3) % $5::int), 'lead-' || (g / 3),
         (ARRAY['web', 'referral', 'event', 'paid', 'partner', NULL])[1 + ((g / 3) % 6)],
         'c-' || ((g / 3) % 4), 'Campaign ' || ((g / 3) % 4),
         started, CASE WHEN answered THEN started + 8000 END, started + 30000 + talk * 1000,
         started + 45000 + talk * 1000, talk, true, contact, contact AND (g % 5 = 0),
         first_dial - ((g / 3) % 120) * $4::bigint, first_dial
       FROM (
         SELECT g, $1::bigint + (g::bigint * $2::bigint) / $3::bigint AS started,
           $1::bigint + ((g / 3) * 3)::bigint * $2::bigint / $3::bigint AS first_dial,
           (g % 10) < 3 AS contact, (g % 10) < 4 AS answered,
           CASE WHEN (g % 10) < 3 THEN 60 + (g % 240) ELSE 0 END AS talk
         FROM generate_series($6::int, $7::int) g
       ) dial`,
      [
        data.start,
        spanMs,
        data.attempts,
        MINUTE_MS,
        data.reps,
        from,
        Math.min(data.attempts, from + chunk) - 1,
      ],
    );
  }
  // The pool holds every lead: the dialed ones (done), and those that wait undialed.
  await db.query(
    `INSERT INTO pool_leads (id, campaign_id, phone_e164, source, created_at, arrived_at, status,
       first_attempt_at)
     SELECT 'lead-' || k, 'c-' || (k % 4), '+1666' || lpad(k::text, 7, '0'),
       (ARRAY['web', 'referral', 'event', 'paid', 'partner', NULL])[1 + k % 6],
       first_dial - (k % 120) * $4::bigint, first_dial - (k % 120) * $4::bigint, 'done', first_dial
     FROM (
       SELECT k, $1::bigint + (k * 3)::bigint * $2::bigint / $3::bigint AS first_dial
       FROM generate_series(0, ($3::int - 1) / 3) k
     ) lead`,
    [data.start, spanMs, data.attempts, MINUTE_MS],
  );
  await db.query(
    `INSERT INTO pool_leads (id, campaign_id, phone_e164, source, created_at, arrived_at, status)
     SELECT 'pool-' || g, 'c-' || (g % 4), '+1555' || lpad(g::text, 7, '0'),
       (ARRAY['web', 'referral', 'event', 'paid', 'partner'])[1 + g % 5],
       $1::bigint + (g::bigint * $2::bigint) / $3::bigint,
       $1::bigint + (g::bigint * $2::bigint) / $3::bigint, 'new'
     FROM generate_series(0, $3::int - 1) g`,
    [data.start, spanMs, data.undialedLeads],
  );
  await db.query('ANALYZE');
}
