import { afterEach, describe, expect, it } from 'vitest';
import { MINUTE_MS } from '../../../../shared/clock';
import { startHub, type Hub } from '../../../../electron/hub/server/start-hub';
import type { HubDatabase } from '../../../../electron/hub/db';
import { useHubDatabases } from '../../../support/hub-db-fixture';
import { ManualClock } from '../../../support/manual-clock';
import { makeTempDir } from '../../../support/temp-dir';
import { LogRecorder } from '../../../support/log-recorder';
import { stateBody, zoneAtMidday } from '../support/floor-events';
import { RawSocket } from '../support/raw-socket';
import { TEAM_TOKEN } from '../support/test-hub';
import { countNumberAttempts } from '../../../../electron/hub/pool/claims/number-attempts';
import { PoolRep } from './pool-rep';

const cleanups: (() => Promise<unknown> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

interface TestPool {
  hub: Hub;
  clock: ManualClock;
  zone: string;
  url: string;
  db: () => HubDatabase;
  addLead(
    id: string,
    phone: string,
    fields?: Record<string, string | number | null>,
  ): Promise<void>;
  lead(id: string): Promise<Record<string, unknown>>;
  rep(repId: string, dncCursor?: number): Promise<PoolRep>;
}

/**
 * A hub node on the test's own PostgreSQL database (the test seeds and reads the tables on a
 * connection of its own), with a clock the test moves so leases run out on demand.
 */
async function startPool(
  fixture: ReturnType<typeof useHubDatabases>,
  shared?: { url: string; clock: ManualClock },
): Promise<TestPool> {
  const place = shared ?? { url: ((await fixture.place()) as { url: string }).url };
  const clock = shared?.clock ?? new ManualClock(Date.now());
  const temp = makeTempDir('dialdeck-pool-');
  cleanups.push(temp.remove);
  const hub = await startHub({
    dataDir: temp.dir,
    database: { kind: 'server', url: place.url },
    teamToken: TEAM_TOKEN,
    port: 0,
    clock,
    log: new LogRecorder().logger,
    poolTickMs: 60 * MINUTE_MS,
  });
  cleanups.push(() => hub.close());
  const db = await fixture.openAt({ url: place.url });
  const zone = zoneAtMidday(clock.now());
  return {
    hub,
    clock,
    zone,
    url: place.url,
    db: () => db,
    async addLead(id, phone, fields = {}) {
      await db.query(
        `INSERT INTO pool_leads (id, campaign_id, phone_e164, first_name, source, created_at,
           arrived_at, time_zone, status)
         VALUES ($1, 'web-leads', $2, $3, 'web', $4, $4, $5, 'queued')`,
        [id, phone, String(fields.firstName ?? 'Grace'), clock.now(), zone],
      );
      await hub.pool.wake();
    },
    async lead(id) {
      const { rows } = await db.query('SELECT * FROM pool_leads WHERE id = $1', [id]);
      return rows[0]!;
    },
    async rep(repId, dncCursor) {
      const rep = await PoolRep.connect(hub.url, repId, zone, dncCursor);
      cleanups.push(() => rep.close());
      await hub.pool.settled();
      return rep;
    },
  };
}

describe('the team pool on the hub', () => {
  const fixture = useHubDatabases('server');
  it('offers a new lead to a free rep, lets that rep dial it once, and settles it by the outcome', async () => {
    const pool = await startPool(fixture);
    const ana = await pool.rep('ana');
    await pool.addLead('lead-1', '+13035550101');
    const offer = await ana.offer('lead-1');
    expect(offer).toMatchObject({
      offerId: 'lead-1:1',
      lead: { id: 'lead-1', phoneE164: '+13035550101', firstName: 'Grace', attemptCount: 0 },
      claimUntil: pool.clock.now() + MINUTE_MS,
      hubNow: pool.clock.now(),
    });
    ana.socket.send({ type: 'pool-received', offerId: 'lead-1:1' });

    expect(await ana.dial('lead-1', 'lead-1:1')).toMatchObject({ ok: true });
    expect(await ana.dial('lead-1', 'lead-1:1')).toMatchObject({
      ok: false,
      reason: 'This lead is already being dialed.',
    });
    expect(await pool.lead('lead-1')).toMatchObject({ status: 'dialing', assigned_rep: 'ana' });

    const startedAt = pool.clock.now();
    await ana.publish(
      {
        type: 'attempt',
        attemptId: 'attempt-1',
        leadId: 7,
        outcomeCode: 'no-answer',
        contact: false,
        conversion: false,
        startedAt,
        answeredAt: null,
        endedAt: startedAt + 20_000,
        talkSeconds: 0,
        recordedAt: startedAt + 25_000,
        leadCreatedAt: startedAt,
        leadFirstAttemptAt: startedAt,
        poolLeadId: 'lead-1',
      },
      startedAt + 25_000,
    );
    await waitUntil(async () => (await pool.lead('lead-1')).status === 'retry');
    expect(await pool.lead('lead-1')).toMatchObject({
      status: 'retry',
      assigned_rep: null,
      attempt_count: 1,
      first_attempt_at: startedAt,
      // The campaign's cadence: 10 minutes after the first attempt.
      next_due_at: startedAt + 25_000 + 10 * MINUTE_MS,
      last_outcome: 'no-answer',
    });
    const { rows } = await pool
      .db()
      .query('SELECT received_at, end_reason FROM pool_offers WHERE offer_id = $1', ['lead-1:1']);
    expect(rows[0]).toEqual({ received_at: pool.clock.now(), end_reason: 'dialed' });
  });

  it('gives a settled lead back to its rep when the rep undoes the outcome, and settles it again by the new one', async () => {
    const pool = await startPool(fixture);
    const ana = await pool.rep('ana');
    const bob = await pool.rep('bob');
    await pool.addLead('lead-1', '+13035550101');
    // Both free: Ana is first by id.
    await ana.offer('lead-1');
    const [holder, other] = [ana, bob];
    expect(await holder.dial('lead-1', 'lead-1:1')).toMatchObject({ ok: true });
    const startedAt = pool.clock.now();
    const report = {
      type: 'attempt' as const,
      attemptId: 'attempt-1',
      leadId: 7,
      outcomeCode: 'no-answer' as string | null,
      contact: false,
      conversion: false,
      startedAt,
      answeredAt: null,
      endedAt: startedAt + 20_000,
      talkSeconds: 0,
      recordedAt: (startedAt + 25_000) as number | null,
      leadCreatedAt: startedAt,
      leadFirstAttemptAt: startedAt,
      poolLeadId: 'lead-1',
    };
    await holder.publish(report, startedAt + 25_000);
    await waitUntil(async () => (await pool.lead('lead-1')).status === 'retry');

    // Undo: the lead is the rep's again, held as dialed; its attempt stays counted.
    await holder.publish(
      { ...report, outcomeCode: null, recordedAt: null, outcomeWithdrawn: true },
      startedAt + 30_000,
    );
    await waitUntil(async () => (await pool.lead('lead-1')).status === 'dialing');
    expect(await pool.lead('lead-1')).toMatchObject({
      assigned_rep: holder.repId,
      attempt_count: 1,
      next_due_at: null,
      last_outcome: null,
    });
    pool.clock.advance(15 * MINUTE_MS);
    await pool.hub.pool.wake();
    expect(other.messages.filter((m) => m.type === 'pool-offer')).toEqual([]);

    // The outcome recorded again settles it, counted once.
    await holder.publish(
      { ...report, outcomeCode: 'not-interested', recordedAt: pool.clock.now() },
      pool.clock.now(),
    );
    await waitUntil(async () => (await pool.lead('lead-1')).status === 'done');
    expect(await pool.lead('lead-1')).toMatchObject({
      attempt_count: 1,
      assigned_rep: null,
      last_outcome: 'not-interested',
    });
  });

  it('takes an offer back from a rep who pauses and gives it to the next; the first cannot dial it', async () => {
    const pool = await startPool(fixture);
    const ana = await pool.rep('ana');
    const bob = await pool.rep('bob');
    await ana.publish(stateBody('idle', pool.clock.now()), pool.clock.now());
    await bob.publish(stateBody('wrap-up', pool.clock.now()), pool.clock.now());
    await pool.hub.pool.settled();
    await pool.addLead('lead-1', '+13035550101');
    // Both free: round-robin starts with the first by id.
    const first = await ana.offer('lead-1');

    await ana.publish(
      stateBody('paused', pool.clock.now(), { pauseCode: 'break' }),
      pool.clock.now(),
    );
    expect(await ana.revoke('lead-1')).toMatchObject({
      offerId: first.offerId,
      reason: 'The lead went back to the team pool: the rep paused.',
    });
    const second = await bob.offer('lead-1');
    expect(second.offerId).toBe('lead-1:2');
    expect(await ana.dial('lead-1', 'lead-1:1')).toMatchObject({
      ok: false,
      reason: 'Another rep holds this lead now.',
    });
    expect(await bob.dial('lead-1', 'lead-1:2')).toMatchObject({ ok: true });
    expect(await pool.lead('lead-1')).toMatchObject({ reassign_count: 1, assigned_rep: 'bob' });
  });

  it('gives a lead back when the claim time runs out or the rep leaves, and tells the rep after its next welcome', async () => {
    const pool = await startPool(fixture);
    const ana = await pool.rep('ana');
    await pool.addLead('lead-1', '+13035550101');
    await ana.offer('lead-1');
    await ana.close();
    await waitUntil(async () => (await pool.lead('lead-1')).status === 'queued');

    const again = await pool.rep('ana');
    expect(await again.revoke('lead-1')).toMatchObject({ offerId: 'lead-1:1' });
    const renewed = await again.offer('lead-1');
    expect(renewed.offerId).toBe('lead-1:2');
    again.socket.send({ type: 'pool-revoked', offerId: 'lead-1:1' });

    // The lease runs a minute at a time, never past the 3-minute claim.
    const offeredAt = pool.clock.now();
    for (let renewal = 0; renewal < 2; renewal += 1) {
      pool.clock.advance(MINUTE_MS - 1_000);
      await pool.hub.pool.wake();
      expect(await again.waitFor((m) => m.type === 'pool-lease')).toMatchObject({
        leases: [
          {
            leadId: 'lead-1',
            claimUntil: Math.min(offeredAt + 3 * MINUTE_MS, pool.clock.now() + MINUTE_MS),
          },
        ],
        hubNow: pool.clock.now(),
      });
    }
    pool.clock.advance(2 * MINUTE_MS);
    await pool.hub.pool.wake();
    expect(await again.revoke('lead-1')).toMatchObject({
      offerId: 'lead-1:2',
      reason: 'The lead went back to the team pool: not dialed within the claim time.',
    });
    // Back to the pool, and (the only rep) offered again.
    expect((await again.offer('lead-1')).offerId).toBe('lead-1:3');
    expect(await pool.lead('lead-1')).toMatchObject({ reassign_count: 2 });
  });

  it("offers a campaign's leads only to the reps it names, and takes them back after its own claim time", async () => {
    const pool = await startPool(fixture);
    const ana = await pool.rep('ana');
    const bob = await pool.rep('bob');
    const [web] = pool.hub.campaigns.list();
    const edited = await pool.hub.campaigns.update(
      'web-leads',
      web!.version,
      { claimMinutes: 1, repIds: ['bob'] },
      'Sam',
    );
    expect(edited).toMatchObject({ ok: true, value: { claimMinutes: 1, repIds: ['bob'] } });
    await pool.addLead('lead-1', '+13035550101');
    // Ana is free and first by id, but the campaign names only Bob.
    const offeredAt = pool.clock.now();
    expect(await bob.offer('lead-1')).toMatchObject({
      offerId: 'lead-1:1',
      claimUntil: offeredAt + MINUTE_MS,
    });
    expect(await pool.lead('lead-1')).toMatchObject({
      assigned_rep: 'bob',
      claim_deadline: offeredAt + MINUTE_MS,
    });
    // One minute, not the default three: back to the pool, and to Bob again.
    pool.clock.advance(MINUTE_MS);
    await pool.hub.pool.wake();
    expect(await bob.revoke('lead-1')).toMatchObject({
      offerId: 'lead-1:1',
      reason: 'The lead went back to the team pool: not dialed within the claim time.',
    });
    expect((await bob.offer('lead-1')).offerId).toBe('lead-1:2');
    const offeredToAna = ana.messages.some((m) => m.type === 'pool-offer');
    expect(offeredToAna).toBe(false);
  });

  it("counts a number's attempts team-wide and offers it again only after the cadence's spacing, in any campaign", async () => {
    const pool = await startPool(fixture);
    const solar = await pool.hub.campaigns.create('Solar', 'Sam');
    expect(solar).toMatchObject({ ok: true, value: { id: 'solar' } });
    const ana = await pool.rep('ana');
    const phone = '+13035550101';
    await pool.addLead('lead-1', phone);
    expect(await ana.dial('lead-1', (await ana.offer('lead-1')).offerId as string)).toMatchObject({
      ok: true,
    });
    const startedAt = pool.clock.now();
    await ana.publish(
      {
        type: 'attempt',
        attemptId: 'attempt-1',
        leadId: 7,
        outcomeCode: 'not-interested',
        contact: true,
        conversion: false,
        startedAt,
        answeredAt: startedAt + 5_000,
        endedAt: startedAt + 60_000,
        talkSeconds: 55,
        recordedAt: startedAt + 70_000,
        leadCreatedAt: startedAt,
        leadFirstAttemptAt: startedAt,
        poolLeadId: 'lead-1',
      },
      startedAt + 70_000,
    );
    await waitUntil(async () => (await pool.lead('lead-1')).status === 'done');
    expect(await countNumberAttempts(pool.db(), phone, startedAt - 24 * 60 * MINUTE_MS)).toEqual({
      phoneE164: phone,
      count: 1,
      lastAt: startedAt,
    });
    expect(await countNumberAttempts(pool.db(), phone, startedAt + 1)).toMatchObject({ count: 0 });

    const solarLead = crypto.randomUUID();
    // The same number arrives for Solar: it waits the first cadence step (10 min) after the dial.
    await pool.db().query(
      `INSERT INTO pool_leads (id, campaign_id, phone_e164, source, created_at, arrived_at,
           time_zone, status) VALUES ($4, 'solar', $1, 'web', $2, $2, $3, 'queued')`,
      [phone, pool.clock.now(), pool.zone, solarLead],
    );
    await pool.hub.pool.wake();
    pool.clock.advance(9 * MINUTE_MS);
    await pool.hub.pool.wake();
    expect(await pool.lead(solarLead)).toMatchObject({ status: 'queued', assigned_rep: null });
    pool.clock.advance(MINUTE_MS);
    await pool.hub.pool.wake();
    expect(await ana.offer(solarLead)).toMatchObject({ offerId: `${solarLead}:1` });
    // The lead API answers the number's team-wide count beside the lead's own attempts.
    const answer = await fetch(`${pool.hub.url}/api/leads/${solarLead}`, {
      headers: { authorization: `Bearer ${TEAM_TOKEN}` },
    });
    expect(await answer.json()).toMatchObject({
      attempts: [],
      numberAttempts: { total: 1, lastAt: new Date(startedAt).toISOString() },
    });
  });

  it('keeps a callback for the rep who promised it, and moves it with an alert once they are away past the grace', async () => {
    const pool = await startPool(fixture);
    const ana = await pool.rep('ana');
    await pool.addLead('lead-1', '+13035550101');
    expect(await ana.dial('lead-1', (await ana.offer('lead-1')).offerId as string)).toMatchObject({
      ok: true,
    });
    const startedAt = pool.clock.now();
    const callbackAt = startedAt + 30 * MINUTE_MS;
    await ana.publish(
      {
        type: 'attempt',
        attemptId: 'attempt-1',
        leadId: 7,
        outcomeCode: 'callback',
        contact: true,
        conversion: false,
        startedAt,
        answeredAt: startedAt + 5_000,
        endedAt: startedAt + 60_000,
        talkSeconds: 55,
        recordedAt: startedAt + 70_000,
        leadCreatedAt: startedAt,
        leadFirstAttemptAt: startedAt,
        poolLeadId: 'lead-1',
        callbackAt,
      },
      startedAt + 70_000,
    );
    await waitUntil(async () => (await pool.lead('lead-1')).status === 'callback');
    expect(await pool.lead('lead-1')).toMatchObject({
      callback_rep: 'ana',
      callback_at: callbackAt,
    });

    // Due: Ana's, though Bob is free and first in line.
    const bob = await pool.rep('bob');
    pool.clock.advance(30 * MINUTE_MS);
    await pool.hub.pool.wake();
    expect((await ana.offer('lead-1')).offerId).toBe('lead-1:2');

    // Ana leaves: the callback waits for her through the grace, then goes to Bob with an alert.
    await ana.close();
    await waitUntil(async () => (await pool.lead('lead-1')).status === 'callback');
    pool.clock.advance(10 * MINUTE_MS);
    await pool.hub.pool.wake();
    expect(await pool.lead('lead-1')).toMatchObject({ status: 'callback', assigned_rep: null });
    pool.clock.advance(6 * MINUTE_MS);
    await pool.hub.pool.wake();
    expect((await bob.offer('lead-1')).offerId).toBe('lead-1:3');
    await pool.hub.evaluateAlerts();
    expect(pool.hub.floor.view().alerts).toMatchObject([
      {
        kind: 'callback-moved',
        repId: null,
        message: expect.stringContaining(
          'ana was away past a promised callback, so it went to bob',
        ),
      },
    ]);
  });

  it('shows the floor what waits for a rep, and alerts when a lead waits past the limit with no rep free', async () => {
    const pool = await startPool(fixture);
    await pool.addLead('lead-1', '+13035550101');
    pool.clock.advance(3 * MINUTE_MS);
    await pool.hub.pool.wake();
    await pool.hub.evaluateAlerts();
    const view = pool.hub.floor.view();
    expect(view.pool).toMatchObject({
      waiting: {
        count: 1,
        oldest: { leadId: 'lead-1', arrivedAt: pool.clock.now() - 3 * MINUTE_MS },
        bySource: [{ source: 'web', count: 1 }],
      },
      assigned: 0,
      reassigned: 0,
    });
    expect(view.alerts).toMatchObject([{ kind: 'pool-unassigned', repId: null }]);

    const ana = await pool.rep('ana');
    await ana.offer('lead-1');
    await pool.hub.evaluateAlerts();
    expect(pool.hub.floor.view().alerts).toEqual([]);
    expect(pool.hub.floor.view().pool).toMatchObject({ waiting: { count: 0 }, assigned: 1 });
  });

  it('puts a number a rep marks do-not-call on every rep and takes its lead off the pool', async () => {
    const pool = await startPool(fixture);
    const ana = await pool.rep('ana');
    const bob = await pool.rep('bob');
    await pool.addLead('lead-1', '+13035550101');
    // Round-robin starts with the first rep by id.
    await ana.offer('lead-1');
    await ana.publish(
      { type: 'dnc-added', phoneE164: '+13035550101', reason: 'asked on the phone' },
      pool.clock.now(),
    );
    for (const rep of [ana, bob]) {
      expect(await rep.waitFor((m) => m.type === 'team-dnc')).toEqual({
        type: 'team-dnc',
        entries: [
          {
            phoneE164: '+13035550101',
            addedAt: pool.clock.now(),
            addedBy: 'ana',
            reason: 'asked on the phone',
          },
        ],
        cursor: 1,
      });
    }
    expect(await ana.revoke('lead-1')).toMatchObject({
      offerId: 'lead-1:1',
      reason: 'The lead went back to the team pool: the number is on the do-not-call list.',
    });
    expect(await pool.lead('lead-1')).toMatchObject({ status: 'do-not-call', assigned_rep: null });
    await pool.addLead('lead-2', '+13035550102');
    await pool.hub.pool.settled();
    const supervisor = await RawSocket.open(pool.hub.url, '/floor', {
      authorization: `Bearer ${TEAM_TOKEN}`,
    });
    if (!(supervisor instanceof RawSocket)) throw new Error('the supervisor was refused');
    cleanups.push(() => supervisor.close());
    supervisor.send({
      type: 'add-team-dnc',
      requestId: 1,
      phoneE164: '+13035550102',
      reason: null,
      by: 'Sam (supervisor)',
    });
    for (;;) {
      const message = await supervisor.next<{ type: string; requestId?: number }>();
      if (message.type !== 'result') continue;
      expect(message).toEqual({ type: 'result', requestId: 1, ok: true });
      break;
    }
    expect(await bob.waitFor((m) => m.type === 'team-dnc')).toMatchObject({
      entries: [{ phoneE164: '+13035550102', addedBy: 'Sam (supervisor)' }],
      cursor: 2,
    });
    expect(await pool.lead('lead-2')).toMatchObject({ status: 'do-not-call' });

    const late = await pool.rep('cy', 0);
    const backlog = await late.waitFor((m) => m.type === 'team-dnc');
    expect(backlog).toMatchObject({
      cursor: 2,
      entries: [{ phoneE164: '+13035550101' }, { phoneE164: '+13035550102' }],
    });
    const current = await pool.rep('dee', 2);
    await pool.hub.pool.settled();
    expect(current.messages.filter((m) => m.type === 'team-dnc')).toEqual([]);
  });
});

describe('the team pool on two hub nodes sharing one database', () => {
  const fixture = useHubDatabases('server');

  it('lets each lead be dialed once, by one rep, while reps on both nodes dial and forge dials', async () => {
    const a = await startPool(fixture);
    const b = await startPool(fixture, { url: a.url, clock: a.clock });
    const reps = await Promise.all(
      ['ana', 'bob', 'cy', 'dee', 'eve', 'fay'].map((id, i) => (i % 2 === 0 ? a : b).rep(id)),
    );
    const total = 30;
    const dialed = new Map<string, string[]>();
    const record = (leadId: string, repId: string) =>
      dialed.set(leadId, [...(dialed.get(leadId) ?? []), repId]);
    let allDialed!: () => void;
    const finished = new Promise<void>((resolve) => (allDialed = resolve));
    const work = async (rep: PoolRep) => {
      for (let n = 0; ; n += 1) {
        const offer = await Promise.race([rep.offer(), finished.then(() => null)]);
        if (offer === null) return;
        const leadId = (offer.lead as { id: string }).id;
        // A rep that dials a lead it was never offered is refused, whatever id it guesses.
        const forged = `lead-${(n * 7 + rep.repId.length) % total}`;
        if (forged !== leadId && (await rep.dial(forged, `${forged}:1`)).ok) {
          record(forged, rep.repId);
        }
        const answer = await rep.dial(leadId, offer.offerId as string);
        if (!answer.ok) continue;
        record(leadId, rep.repId);
        const at = a.clock.now();
        await rep.publish(
          {
            type: 'attempt',
            attemptId: `attempt-${leadId}-${rep.repId}`,
            leadId: 1,
            outcomeCode: 'converted',
            contact: true,
            conversion: true,
            startedAt: at,
            answeredAt: at,
            endedAt: at,
            talkSeconds: 60,
            recordedAt: at,
            leadCreatedAt: at,
            leadFirstAttemptAt: at,
            poolLeadId: leadId,
          },
          at,
        );
        if (dialed.size === total) allDialed();
      }
    };
    const working = Promise.all(reps.map(work));
    for (let i = 0; i < total; i += 1) {
      await a.db().query(
        `INSERT INTO pool_leads (id, campaign_id, phone_e164, source, created_at, arrived_at,
           time_zone, status)
         VALUES ($1, 'web-leads', $2, 'web', $3, $3, $4, 'queued')`,
        [`lead-${i}`, `+1303555${String(1000 + i)}`, a.clock.now(), a.zone],
      );
      await a.db().query(`SELECT pg_notify('dialdeck_hub', 'pool')`);
    }
    await working;
    expect([...dialed.values()].filter((by) => by.length !== 1)).toEqual([]);
    expect(dialed.size).toBe(total);
    await waitUntil(async () => {
      const settled = await a
        .db()
        .query<{ n: number }>(`SELECT count(*)::int AS n FROM pool_leads WHERE status = 'done'`);
      return settled.rows[0]!.n === total;
    });
  });
});

async function waitUntil(holds: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 500; i += 1) {
    if (await holds()) return;
    await new Promise((resolve) => setImmediate(resolve));
  }
  throw new Error('the condition never held');
}
