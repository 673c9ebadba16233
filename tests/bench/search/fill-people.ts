import { CampaignRepository } from '../../../electron/core/campaigns/campaign-repository';
import { sql, type Store } from '../../../electron/core/platform/store';

export const SEARCH_CAMPAIGN = 'bench';

const FIRST = [
  'James',
  'Mary',
  'Robert',
  'Patricia',
  'John',
  'Jennifer',
  'Michael',
  'Linda',
  'David',
  'Elizabeth',
  'William',
  'Barbara',
  'Richard',
  'Susan',
  'Joseph',
  'Jessica',
  'Thomas',
  'Sarah',
  'Charles',
  'Karen',
  'Daniel',
  'Grace',
  'Matthew',
  'Nancy',
  'Anthony',
  'Lisa',
  'Mark',
  'Betty',
  'Ahmed',
  'Aisha',
  'Wei',
  'Mei',
  'Carlos',
  'Lucia',
  'Hiroshi',
  'Yuki',
  'Olga',
  'Ivan',
  'Fatima',
  'Omar',
  'Priya',
  'Raj',
  'Chloe',
  'Liam',
  'Emma',
  'Noah',
  'Olivia',
  'Ava',
  'Sofia',
  'Mateo',
];
const SYLLABLES = [
  'kim',
  'son',
  'gar',
  'cia',
  'ro',
  'dri',
  'guez',
  'mar',
  'tin',
  'lee',
  'wil',
  'li',
  'ams',
  'ber',
  'g',
  'man',
  'ok',
  'afor',
  'ng',
  'uy',
  'en',
  'pat',
  'el',
  'sch',
  'mid',
  't',
  'ross',
  'i',
  'bra',
  'un',
  'whit',
  'field',
  'ha',
  'mil',
  'ton',
  'os',
  'ka',
  'ra',
  'nov',
  'ova',
];

/** About 64,000 distinct surnames of two or three syllables, as a JSON array for SQL. */
function surnames(): string[] {
  const names: string[] = [];
  for (const a of SYLLABLES) {
    for (const b of SYLLABLES) {
      for (const c of ['', ...SYLLABLES]) {
        const name = `${a}${b}${c}`;
        names.push(name.charAt(0).toUpperCase() + name.slice(1));
      }
    }
  }
  return names;
}

export const FIRST_NAMES = FIRST;
export const LAST_NAMES = surnames();

/**
 * `count` people in one campaign by one INSERT … SELECT over a recursive CTE: a first name from
 * 50, a surname from ~66k, a company, an email built from both, a distinct US number, a source
 * and an external id among the custom fields. Lead i's values come from i alone, so the bench
 * can ask for any of them without reading the store.
 */
export async function fillPeople(store: Store, count: number, now: number): Promise<void> {
  await store.write(
    CampaignRepository.ensureStatement({ id: SEARCH_CAMPAIGN, name: 'Bench', createdAt: now }),
  );
  // Picked by id from tables: a JSON array read per row would be parsed a million times.
  await store.write([
    sql`CREATE TABLE bench_first (id INTEGER PRIMARY KEY, name TEXT)`,
    sql`CREATE TABLE bench_last (id INTEGER PRIMARY KEY, name TEXT)`,
    sql`INSERT INTO bench_first SELECT key, value FROM json_each(${JSON.stringify(FIRST_NAMES)})`,
    sql`INSERT INTO bench_last SELECT key, value FROM json_each(${JSON.stringify(LAST_NAMES)})`,
  ]);
  await store.write(sql`WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ${count - 1}),
    people AS (
      SELECT i,
        (SELECT name FROM bench_first WHERE id = i % ${FIRST_NAMES.length}) AS first,
        (SELECT name FROM bench_last WHERE id = (i * 7919) % ${LAST_NAMES.length}) AS last
      FROM n)
    INSERT INTO leads (campaign_id, first_name, last_name, company, phone_e164, email, time_zone,
      country, created_at, imported_at, custom_json, status, queue_tier, queue_due_at)
    SELECT ${SEARCH_CAMPAIGN}, first, last, last || ' ' || CASE i % 3 WHEN 0 THEN 'Partners'
      WHEN 1 THEN 'Roofing' ELSE 'Dental' END,
      '+1' || (2002000000 + i * 7), lower(first || '.' || last || (i % 97)) || '@example' || (i % 50) || '.com',
      'America/New_York', 'US', ${now} - i * 1000, ${now},
      json_object('source', CASE i % 4 WHEN 0 THEN 'Web form' WHEN 1 THEN 'Referral'
        WHEN 2 THEN 'Webinar' ELSE 'Trade show' END, 'external_id', 'CRM-' || (100000 + i)),
      'new', 2, ${now} - i * 1000
    FROM people`);
}

/** The number lead i (0-based) got from fillPeople, as E.164. */
export function phoneOf(i: number): string {
  return `+1${2002000000 + i * 7}`;
}

export function personOf(i: number): { first: string; last: string; email: string } {
  const first = FIRST_NAMES[i % FIRST_NAMES.length] ?? '';
  const last = LAST_NAMES[(i * 7919) % LAST_NAMES.length] ?? '';
  return { first, last, email: `${first}.${last}${i % 97}@example${i % 50}.com`.toLowerCase() };
}
