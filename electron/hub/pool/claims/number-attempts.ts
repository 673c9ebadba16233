import type { DbTransaction } from '../../db';

type Queryable = Pick<DbTransaction, 'query'>;

/** The team's dials of one number: every pool lead that carries it, in any campaign. */
export interface NumberAttempts {
  phoneE164: string;
  /** Attempts since the time asked for. */
  count: number;
  /** The last attempt ever, null when the number was never dialed. */
  lastAt: number | null;
}

/**
 * Attempts per number counted team-wide (pool_attempts joined to each lead's number): what a cap
 * of attempts per number in a rolling window reads, and what the lead API answers.
 */
export async function countNumberAttempts(
  db: Queryable,
  phoneE164: string,
  since: number,
): Promise<NumberAttempts> {
  const { rows } = await db.query<{ count: number; last_at: number | null }>(
    `SELECT count(*) FILTER (WHERE a.started_at >= $2)::int AS count,
       max(a.started_at) AS last_at
     FROM pool_leads l JOIN pool_attempts a ON a.lead_id = l.id
     WHERE l.phone_e164 = $1`,
    [phoneE164, since],
  );
  return { phoneE164, count: rows[0]?.count ?? 0, lastAt: rows[0]?.last_at ?? null };
}

/**
 * For each lead, when another of the team's leads with its number was last dialed: the lead's
 * own dials are its cadence's business, so a callback or retry is not held back by them.
 */
export async function lastOtherDialByLead(
  db: Queryable,
  leads: readonly { id: string; phoneE164: string }[],
): Promise<Map<string, number>> {
  if (leads.length === 0) return new Map();
  const phones = [...new Set(leads.map((lead) => lead.phoneE164))];
  const { rows } = await db.query<{ phone_e164: string; lead_id: string; last_at: number }>(
    `SELECT l.phone_e164, a.lead_id, max(a.started_at) AS last_at
     FROM pool_leads l JOIN pool_attempts a ON a.lead_id = l.id
     WHERE l.phone_e164 IN (SELECT jsonb_array_elements_text($1::jsonb))
     GROUP BY l.phone_e164, a.lead_id`,
    [JSON.stringify(phones)],
  );
  const byPhone = new Map<string, { leadId: string; lastAt: number }[]>();
  for (const row of rows) {
    const list = byPhone.get(row.phone_e164) ?? [];
    list.push({ leadId: row.lead_id, lastAt: row.last_at });
    byPhone.set(row.phone_e164, list);
  }
  const result = new Map<string, number>();
  for (const lead of leads) {
    const others = (byPhone.get(lead.phoneE164) ?? []).filter((dial) => dial.leadId !== lead.id);
    if (others.length > 0) result.set(lead.id, Math.max(...others.map((dial) => dial.lastAt)));
  }
  return result;
}

/** The team's dials of each number since `since`, on any of its leads, in any campaign. */
export async function numberDialsSince(
  db: Queryable,
  leads: readonly { phoneE164: string }[],
  since: number,
): Promise<Map<string, number[]>> {
  if (leads.length === 0) return new Map();
  const phones = [...new Set(leads.map((lead) => lead.phoneE164))];
  const { rows } = await db.query<{ phone_e164: string; started_at: number }>(
    `SELECT l.phone_e164, a.started_at
     FROM pool_leads l JOIN pool_attempts a ON a.lead_id = l.id
     WHERE l.phone_e164 IN (SELECT jsonb_array_elements_text($1::jsonb)) AND a.started_at >= $2`,
    [JSON.stringify(phones), since],
  );
  const byPhone = new Map<string, number[]>();
  for (const row of rows) {
    const list = byPhone.get(row.phone_e164) ?? [];
    list.push(Number(row.started_at));
    byPhone.set(row.phone_e164, list);
  }
  return byPhone;
}
