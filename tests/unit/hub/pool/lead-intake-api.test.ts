import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HubDatabase } from '../../../../electron/hub/db';
import { MAX_LEAD_BODY_BYTES } from '../../../../electron/hub/pool/intake/read-lead-body';
import { ADAPTERS, useHubDatabases } from '../../../support/hub-db-fixture';
import {
  getJson,
  post,
  postJson,
  startIntakeServer,
  TEAM_TOKEN,
  type IntakeServer,
} from './intake-server';

const ARRIVAL = Date.UTC(2026, 11, 7, 15, 0, 0);
const SAN_FRANCISCO = '+14155550100';

describe.each(ADAPTERS)('POST /api/leads, %s adapter', (kind) => {
  const fixture = useHubDatabases(kind);
  let db: HubDatabase;
  let server: IntakeServer;
  let key: string;
  let keyId: string;
  let now = ARRIVAL;
  let leadsUrl: string;

  const leads = async () =>
    (
      await db.query<{
        id: string;
        campaign_id: string;
        phone_e164: string;
        first_name: string | null;
        last_name: string | null;
        email: string | null;
        source: string;
        source_key: string;
        external_id: string | null;
        created_at: number;
        arrived_at: number;
        time_zone: string | null;
        status: string;
        hold_reason: string | null;
        merged_into: string | null;
        custom: Record<string, string>;
      }>('SELECT * FROM pool_leads ORDER BY arrived_at, id')
    ).rows;

  beforeEach(async () => {
    now = ARRIVAL;
    db = await fixture.open();
    server = await startIntakeServer(db, { now: () => now, rate: { perSecond: 1, burst: 5 } });
    ({ key, id: keyId } = await server.newKey('website form'));
    leadsUrl = `${server.url}/api/leads`;
  });
  afterEach(async () => {
    await server.close();
  });

  it('stores a JSON lead as queued in the default campaign, its unknown fields kept as custom fields', async () => {
    const answer = await postJson(
      leadsUrl,
      {
        phone: '+1 (415) 555-0100',
        name: 'Ada Lovelace',
        email: 'ada@example.com',
        createdAt: '2026-12-07T14:58:00Z',
        utm_campaign: 'winter',
        'Budget Range': '10-50k',
      },
      { bearer: key },
    );
    expect(answer.status).toBe(201);
    expect(answer.body).toEqual({
      leadId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      status: 'queued',
    });
    const [lead] = await leads();
    expect(lead).toMatchObject({
      id: answer.body.leadId,
      campaign_id: 'web-leads',
      phone_e164: SAN_FRANCISCO,
      first_name: 'Ada',
      last_name: 'Lovelace',
      email: 'ada@example.com',
      source: 'website form',
      source_key: keyId,
      created_at: Date.UTC(2026, 11, 7, 14, 58, 0),
      arrived_at: ARRIVAL,
      time_zone: 'America/Los_Angeles',
      status: 'queued',
      custom: { utm_campaign: 'winter', budget_range: '10-50k' },
    });
  });

  it('takes an HTML form (x-www-form-urlencoded) with the key in the query, createdAt defaulting to arrival', async () => {
    const form = new URLSearchParams({
      phone: '415 555 0100',
      country: 'US',
      firstName: 'Grace',
      lastName: 'Hopper',
      source: 'landing page',
      referrer: 'newsletter',
    });
    const answer = await post(leadsUrl, form.toString(), 'application/x-www-form-urlencoded', {
      key,
    });
    expect(answer.status).toBe(201);
    expect(answer.body.status).toBe('queued');
    expect(await leads()).toMatchObject([
      {
        phone_e164: SAN_FRANCISCO,
        first_name: 'Grace',
        last_name: 'Hopper',
        source: 'landing page',
        created_at: ARRIVAL,
        custom: { referrer: 'newsletter' },
      },
    ]);
  });

  it('answers the same externalId again with 200 and the same leadId, changing nothing', async () => {
    const first = await postJson(
      leadsUrl,
      { phone: SAN_FRANCISCO, externalId: 'crm-77', firstName: 'Ada' },
      { bearer: key },
    );
    const before = await leads();
    now += 60_000;
    const again = await postJson(
      leadsUrl,
      { phone: '+12125550100', externalId: 'crm-77', firstName: 'Someone else' },
      { bearer: key },
    );
    expect(first.status).toBe(201);
    expect(again).toMatchObject({
      status: 200,
      body: { leadId: first.body.leadId, status: 'queued' },
    });
    expect(await leads()).toEqual(before);
  });

  it('merges a second lead with the same number in the campaign into the first, filling its empty fields', async () => {
    const first = await postJson(
      leadsUrl,
      { phone: SAN_FRANCISCO, firstName: 'Ada' },
      { bearer: key },
    );
    now += 1_000;
    const second = await postJson(
      leadsUrl,
      { phone: '415-555-0100', country: 'US', email: 'ada@example.com', externalId: 'form-2' },
      { bearer: key },
    );
    expect(second).toMatchObject({
      status: 201,
      body: { leadId: first.body.leadId, status: 'merged' },
    });
    const rows = await leads();
    expect(rows.map((row) => [row.status, row.merged_into, row.email])).toEqual([
      ['queued', null, 'ada@example.com'],
      ['merged', first.body.leadId, 'ada@example.com'],
    ]);
    const resent = await postJson(
      leadsUrl,
      { phone: SAN_FRANCISCO, externalId: 'form-2' },
      { bearer: key },
    );
    expect(resent).toMatchObject({
      status: 200,
      body: { leadId: first.body.leadId, status: 'merged' },
    });
  });

  it('keeps a number on the team DNC list as do-not-call, never queued', async () => {
    await db.query(
      `INSERT INTO team_dnc (phone_e164, added_by, added_at, reason) VALUES ($1, 'sup', 0, 'asked')`,
      [SAN_FRANCISCO],
    );
    const answer = await postJson(leadsUrl, { phone: SAN_FRANCISCO }, { bearer: key });
    expect(answer).toMatchObject({ status: 201, body: { status: 'do-not-call' } });
    expect((await leads()).map((row) => row.status)).toEqual(['do-not-call']);
  });

  it('holds a lead whose time zone is ambiguous, saying why', async () => {
    const answer = await postJson(leadsUrl, { phone: '+1 800 555 0100' }, { bearer: key });
    expect(answer.status).toBe(201);
    expect(answer.body.status).toBe('held');
    expect(answer.body.warnings).toEqual([
      {
        field: 'time zone',
        problem: expect.stringContaining('held for review: time zone ambiguous'),
      },
    ]);
    const [lead] = await leads();
    expect(lead?.status).toBe('held');
    expect(lead?.hold_reason).toContain('toll-free');
    expect(lead?.time_zone).toBeNull();
  });

  it('refuses a lead without a usable phone with 400 and the fields at fault, storing nothing', async () => {
    const noPhone = await postJson(leadsUrl, { firstName: 'Ada' }, { bearer: key });
    expect(noPhone).toMatchObject({
      status: 400,
      body: {
        error: {
          code: 'invalid-lead',
          message: 'The lead was not stored.',
          fields: [{ field: 'phone', problem: 'no phone number' }],
        },
      },
    });
    const national = await postJson(leadsUrl, { phone: '(415) 555-0100' }, { bearer: key });
    expect(national.status).toBe(400);
    expect(national.body.error).toMatchObject({
      fields: [{ field: 'phone', problem: expect.stringContaining("send the lead's `country`") }],
    });
    const badDate = await postJson(
      leadsUrl,
      { phone: SAN_FRANCISCO, createdAt: 'yesterday', campaign: 'no-such' },
      { bearer: key },
    );
    expect(badDate.status).toBe(400);
    expect(badDate.body.error).toMatchObject({ fields: [{ field: 'createdAt' }] });
    const unknownCampaign = await postJson(
      leadsUrl,
      { phone: SAN_FRANCISCO, campaign: 'no-such' },
      { bearer: key },
    );
    expect(unknownCampaign.body.error).toMatchObject({
      fields: [{ field: 'campaign', problem: 'no team campaign has the id "no-such"' }],
    });
    const nested = await postJson(leadsUrl, { phone: SAN_FRANCISCO, tags: ['a'] }, { bearer: key });
    expect(nested).toMatchObject({ status: 400, body: { error: { fields: [{ field: 'tags' }] } } });
    now += 1_000; // a token for the sixth post of this test
    const notJson = await post(leadsUrl, '{"phone": ', 'application/json', { bearer: key });
    expect(notJson).toMatchObject({ status: 400, body: { error: { code: 'invalid-body' } } });
    expect(await leads()).toEqual([]);
  });

  it('answers 401 without a key or with a wrong or revoked one, storing nothing', async () => {
    expect((await postJson(leadsUrl, { phone: SAN_FRANCISCO })).body).toMatchObject({
      error: { code: 'no-key' },
    });
    const wrong = await postJson(leadsUrl, { phone: SAN_FRANCISCO }, { bearer: 'dk_in_not-a-key' });
    expect(wrong).toMatchObject({ status: 401, body: { error: { code: 'bad-key' } } });
    await db.query('UPDATE intake_keys SET revoked_at = $1', [now]);
    now += 10_000;
    const revoked = await postJson(leadsUrl, { phone: SAN_FRANCISCO }, { key });
    expect(revoked.status).toBe(401);
    expect(await leads()).toEqual([]);
  });

  it('answers 413 for a lead over 64 KB, storing nothing', async () => {
    const answer = await postJson(
      leadsUrl,
      { phone: SAN_FRANCISCO, notes: 'x'.repeat(MAX_LEAD_BODY_BYTES) },
      { bearer: key },
    );
    expect(answer).toMatchObject({ status: 413, body: { error: { code: 'too-large' } } });
    expect(await leads()).toEqual([]);
  });

  it('answers 429 past the key’s rate without touching the database, while another key still gets through', async () => {
    const other = await server.newKey('partner CRM');
    const flood = await Promise.all(
      Array.from({ length: 25 }, (_, i) =>
        postJson(leadsUrl, { phone: `+1415555${String(1000 + i)}` }, { bearer: key }),
      ),
    );
    expect(flood.filter((a) => a.status === 201)).toHaveLength(5);
    const refused = flood.filter((a) => a.status === 429);
    expect(refused).toHaveLength(20);
    expect(refused[0]!.headers.get('retry-after')).toBe('1');
    expect(refused[0]!.body).toMatchObject({ error: { code: 'rate-limited' } });
    const callsBefore = server.dbCalls();
    const more = await postJson(leadsUrl, { phone: SAN_FRANCISCO }, { bearer: key });
    expect(more.status).toBe(429);
    expect(server.dbCalls()).toBe(callsBefore);
    const fromOther = await postJson(leadsUrl, { phone: SAN_FRANCISCO }, { bearer: other.key });
    expect(fromOther.status).toBe(201);
    now += 1_000;
    expect((await postJson(leadsUrl, { phone: '+12125550100' }, { bearer: key })).status).toBe(201);
    expect(await leads()).toHaveLength(7);
  });

  it('stores leads posted at once together; one the database refuses fails alone, the same externalId is stored once', async () => {
    await db.query(`CREATE FUNCTION refuse_one() RETURNS trigger AS $$
      BEGIN IF NEW.phone_e164 = '+14155551003' THEN RAISE EXCEPTION 'refused by a trigger'; END IF;
      RETURN NEW; END $$ LANGUAGE plpgsql`);
    await db.query(`CREATE TRIGGER refuse BEFORE INSERT ON pool_leads
      FOR EACH ROW EXECUTE FUNCTION refuse_one()`);
    const other = await server.newKey('partner CRM');
    const answers = await Promise.all([
      ...Array.from({ length: 5 }, (_, i) =>
        postJson(leadsUrl, { phone: `+1415555${1000 + i}` }, { bearer: key }),
      ),
      ...Array.from({ length: 5 }, () =>
        postJson(leadsUrl, { phone: '+12125550100', externalId: 'same' }, { bearer: other.key }),
      ),
    ]);
    expect(answers.slice(0, 5).map((answer) => answer.status)).toEqual([201, 201, 201, 503, 201]);
    // Whichever of the five arrives first is stored; the others find it.
    expect(
      answers
        .slice(5)
        .map((answer) => answer.status)
        .sort(),
    ).toEqual([200, 200, 200, 200, 201]);
    expect(answers[3]!.body).toMatchObject({ error: { code: 'unavailable' } });
    const same = new Set(answers.slice(5).map((answer) => answer.body.leadId));
    expect(same.size).toBe(1);
    expect((await leads()).map((row) => row.phone_e164).sort()).toEqual([
      '+12125550100',
      '+14155551000',
      '+14155551001',
      '+14155551002',
      '+14155551004',
    ]);
  });

  it('GET /api/leads/<id> answers the lead’s state with the team token, and 401 without', async () => {
    const posted = await postJson(
      leadsUrl,
      { phone: SAN_FRANCISCO, source: 'ads' },
      { bearer: key },
    );
    const leadId = posted.body.leadId as string;
    await db.query(
      `UPDATE pool_leads SET status = 'assigned', assigned_rep = 'ana', first_attempt_at = $2 WHERE id = $1`,
      [leadId, ARRIVAL + 30_000],
    );
    await db.query(
      `INSERT INTO pool_attempts (attempt_id, lead_id, rep_id, started_at, outcome_code, recorded_at)
       VALUES ('a1', $1, 'ana', $2, 'no-answer', $2)`,
      [leadId, ARRIVAL + 30_000],
    );
    const state = await getJson(`${leadsUrl}/${leadId}`, TEAM_TOKEN);
    expect(state).toMatchObject({
      status: 200,
      body: {
        leadId,
        status: 'assigned',
        campaign: 'web-leads',
        source: 'ads',
        createdAt: '2026-12-07T15:00:00.000Z',
        assignedRep: 'ana',
        attempts: [
          { repId: 'ana', startedAt: '2026-12-07T15:00:30.000Z', outcomeCode: 'no-answer' },
        ],
        firstAttemptAt: '2026-12-07T15:00:30.000Z',
      },
    });
    expect((await getJson(`${leadsUrl}/${leadId}`, key)).status).toBe(401);
    expect((await getJson(`${leadsUrl}/${crypto.randomUUID()}`, TEAM_TOKEN)).status).toBe(404);
  });
});
