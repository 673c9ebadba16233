import { CampaignRepository } from '../../../electron/core/campaigns/campaign-repository';
import { sql, type Store } from '../../../electron/core/platform/store';

export const BENCH_CAMPAIGN = 'bench';

/**
 * Where the bench's leads are: a state (or a country abroad), its zone, and an area code there.
 * Florida, Maryland and Oklahoma bring their stricter calling rules, Alabama and Louisiana their
 * Sundays; abroad opens at other hours.
 */
const BENCH_PLACES = [
  ['US', 'NY', 'America/New_York', '212'],
  ['US', 'FL', 'America/New_York', '305'],
  ['US', 'MD', 'America/New_York', '410'],
  ['US', 'GA', 'America/New_York', '404'],
  ['US', 'MA', 'America/New_York', '617'],
  ['US', 'OK', 'America/Chicago', '405'],
  ['US', 'TX', 'America/Chicago', '713'],
  ['US', 'IL', 'America/Chicago', '312'],
  ['US', 'AL', 'America/Chicago', '205'],
  ['US', 'LA', 'America/Chicago', '504'],
  ['US', 'CO', 'America/Denver', '303'],
  ['US', 'AZ', 'America/Phoenix', '602'],
  ['US', 'CA', 'America/Los_Angeles', '415'],
  ['US', 'WA', 'America/Los_Angeles', '206'],
  ['GB', 'ENG', 'Europe/London', '202'],
  ['DE', 'BE', 'Europe/Berlin', '202'],
  ['AU', 'NSW', 'Australia/Sydney', '202'],
] as const;

/** The zones of the bench's leads: the US, and a few abroad that open at other hours. */
export const BENCH_ZONES = [...new Set(BENCH_PLACES.map((place) => place[2]))];

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * `count` leads in one campaign, written by a single INSERT … SELECT over a recursive CTE (one
 * statement in the journal, not a million): a mature list where most leads are finished.
 * Per 100 leads: 40 done, 30 retries (1–5 attempts, due from two days ago to two days ahead),
 * 25 new (arrived over the last 30 days, the newest in the last hours), 4 callbacks (±3 days),
 * 1 held (no zone). The queue columns are what queueColumns() computes for each. Each lead's
 * state comes from its area code; one in ten has moved (its address names the next state), so
 * both states' rules apply to it; half give their state in the address.
 */
export async function fillQueue(store: Store, count: number, now: number): Promise<void> {
  await store.write(
    CampaignRepository.ensureStatement({ id: BENCH_CAMPAIGN, name: 'Bench', createdAt: now }),
  );
  const column = (index: 0 | 1 | 2 | 3) =>
    BENCH_PLACES.map((place, i) => `WHEN ${i} THEN '${place[index]}'`).join(' ');
  const places = BENCH_PLACES.length;
  await store.write(sql`WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ${count - 1}),
    shaped AS (
      SELECT i,
        CASE WHEN i % 100 < 40 THEN 'done' WHEN i % 100 < 70 THEN 'retry' WHEN i % 100 < 95 THEN 'new'
             WHEN i % 100 < 99 THEN 'callback' ELSE 'held' END AS status,
        (i * 7) % ${places} AS place,
        1 + (i * 13) % 5 AS attempts,
        ${now} - ((i * 7919) % (30 * ${DAY})) AS created,
        ${now} + ((i * 104729) % (4 * ${DAY})) - 2 * ${DAY} AS due,
        ${now} + ((i * 15485863) % (6 * ${DAY})) - 3 * ${DAY} AS callback
      FROM n),
    placed AS (
      SELECT shaped.*,
        CASE place ${raw(column(0))} END AS country,
        CASE place ${raw(column(2))} END AS zone,
        CASE place ${raw(column(3))} END AS area_code,
        CASE WHEN i % 10 = 3 THEN (place + 1) % ${places} ELSE place END AS address_place
      FROM shaped)
    INSERT INTO leads (campaign_id, first_name, last_name, company, phone_e164, time_zone, country,
      region,
      created_at, imported_at, custom_json, status, attempt_count, next_eligible_at, callback_at,
      hold_reason, queue_tier, queue_due_at)
    SELECT ${BENCH_CAMPAIGN}, 'First' || i, 'Last' || i, 'Company ' || (i % 5000),
      '+1' || area_code || (2000000 + i % 8000000),
      CASE status WHEN 'held' THEN NULL ELSE zone END, country,
      CASE WHEN i % 2 = 0 OR address_place <> place
        THEN CASE address_place ${raw(column(1))} END END,
      created, created, '{}', status,
      CASE status WHEN 'retry' THEN attempts WHEN 'done' THEN attempts WHEN 'callback' THEN 1 ELSE 0 END,
      CASE status WHEN 'retry' THEN due ELSE NULL END,
      CASE status WHEN 'callback' THEN callback ELSE NULL END,
      CASE status WHEN 'held' THEN 'time zone ambiguous: bench' ELSE NULL END,
      CASE status WHEN 'new' THEN 2 WHEN 'retry' THEN 2 + attempts WHEN 'callback' THEN 1 ELSE NULL END,
      CASE status WHEN 'new' THEN created WHEN 'retry' THEN due WHEN 'callback' THEN callback ELSE NULL END
    FROM placed`);
}

/** A do-not-call list of every `every`-th lead's number. */
export async function fillDnc(store: Store, count: number, every: number, now: number) {
  await store.write(sql`INSERT OR IGNORE INTO dnc (phone_e164, added_at, reason, source)
    SELECT phone_e164, ${now}, 'bench', 'manual' FROM leads
     WHERE campaign_id = ${BENCH_CAMPAIGN} AND id <= ${count} AND (id - 1) % ${every} = 0`);
}

function raw(text: string) {
  return { text, params: [] };
}
