import { CampaignRepository } from '../../../electron/core/campaigns/campaign-repository';
import { sql, type Store } from '../../../electron/core/platform/store';

export const BENCH_CAMPAIGN = 'bench';

/** The zones of the bench's leads: the US, and a few abroad that open at other hours. */
export const BENCH_ZONES = [
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Phoenix',
  'America/Los_Angeles',
  'Europe/London',
  'Europe/Berlin',
  'Australia/Sydney',
] as const;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * `count` leads in one campaign, written by a single INSERT … SELECT over a recursive CTE (one
 * statement in the journal, not a million): a mature list where most leads are finished.
 * Per 100 leads: 40 done, 30 retries (1–5 attempts, due from two days ago to two days ahead),
 * 25 new (arrived over the last 30 days, the newest in the last hours), 4 callbacks (±3 days),
 * 1 held (no zone). The queue columns are what queueColumns() computes for each.
 */
export async function fillQueue(store: Store, count: number, now: number): Promise<void> {
  await store.write(
    CampaignRepository.ensureStatement({ id: BENCH_CAMPAIGN, name: 'Bench', createdAt: now }),
  );
  const zones = BENCH_ZONES.map((zone, i) => `WHEN ${i} THEN '${zone}'`).join(' ');
  await store.write(sql`WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ${count - 1}),
    shaped AS (
      SELECT i,
        CASE WHEN i % 100 < 40 THEN 'done' WHEN i % 100 < 70 THEN 'retry' WHEN i % 100 < 95 THEN 'new'
             WHEN i % 100 < 99 THEN 'callback' ELSE 'held' END AS status,
        CASE (i * 7) % ${BENCH_ZONES.length} ${rawZones(zones)} END AS zone,
        1 + (i * 13) % 5 AS attempts,
        ${now} - ((i * 7919) % (30 * ${DAY})) AS created,
        ${now} + ((i * 104729) % (4 * ${DAY})) - 2 * ${DAY} AS due,
        ${now} + ((i * 15485863) % (6 * ${DAY})) - 3 * ${DAY} AS callback
      FROM n)
    INSERT INTO leads (campaign_id, first_name, last_name, company, phone_e164, time_zone, country,
      created_at, imported_at, custom_json, status, attempt_count, next_eligible_at, callback_at,
      hold_reason, queue_tier, queue_due_at)
    SELECT ${BENCH_CAMPAIGN}, 'First' || i, 'Last' || i, 'Company ' || (i % 5000),
      '+1' || (2002000000 + i),
      CASE status WHEN 'held' THEN NULL ELSE zone END, 'US', created, created, '{}', status,
      CASE status WHEN 'retry' THEN attempts WHEN 'done' THEN attempts WHEN 'callback' THEN 1 ELSE 0 END,
      CASE status WHEN 'retry' THEN due ELSE NULL END,
      CASE status WHEN 'callback' THEN callback ELSE NULL END,
      CASE status WHEN 'held' THEN 'time zone ambiguous: bench' ELSE NULL END,
      CASE status WHEN 'new' THEN 2 WHEN 'retry' THEN 2 + attempts WHEN 'callback' THEN 1 ELSE NULL END,
      CASE status WHEN 'new' THEN created WHEN 'retry' THEN due WHEN 'callback' THEN callback ELSE NULL END
    FROM shaped`);
}

/** A do-not-call list of every `every`-th lead's number. */
export async function fillDnc(store: Store, count: number, every: number, now: number) {
  await store.write(sql`WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + ${every} FROM n WHERE i + ${every} < ${count})
    INSERT OR IGNORE INTO dnc (phone_e164, added_at, reason, source)
    SELECT '+1' || (2002000000 + i), ${now}, 'bench', 'manual' FROM n`);
}

function rawZones(text: string) {
  return { text, params: [] };
}
