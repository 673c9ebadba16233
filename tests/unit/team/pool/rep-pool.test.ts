import { beforeEach, describe, expect, it } from 'vitest';
import type { PoolOfferMessage } from '../../../../shared/floor/protocol';
import { sql } from '../../../../electron/core/platform/store';
import {
  CLAIM_SKEW_MARGIN_MS,
  DIAL_ANSWER_MS,
  POOL_WORDS,
} from '../../../../electron/core/team/pool';
import type { ManualClock } from '../../../support/manual-clock';
import type { CoreDriver } from '../../app/core-driver';
import { START, advanceUntil, statusReached } from '../../floor/link/support/rep-core';
import { ioTurn } from '../../floor/link/support/io-turn';
import type { ScriptedHub } from '../support/scripted-hub';
import { ANN, offerOfAnn, poolLead, useRepOnScriptedHub } from '../support/pool-rep';

interface MarkRow {
  lead_id: number;
  offer_id: string;
  claim_until: number;
  released_at: number | null;
}

interface LeadRow {
  id: number;
  first_name: string;
  status: string;
  attempt_count: number;
  queue_tier: number | null;
}

describe("the rep's side of the team pool", () => {
  const team = useRepOnScriptedHub('dialdeck-rep-pool-');
  let clock: ManualClock;
  let hub: ScriptedHub;
  let drive: CoreDriver;
  beforeEach(() => ({ clock, hub, drive } = team));

  const marks = () =>
    drive.core.store.all<MarkRow>(
      sql`SELECT lead_id, offer_id, claim_until, released_at FROM team_pool_leads`,
    );
  const leads = () =>
    drive.core.store.all<LeadRow>(
      sql`SELECT id, first_name, status, attempt_count, queue_tier FROM leads ORDER BY id`,
    );

  async function deliver(message: PoolOfferMessage): Promise<void> {
    hub.send(message);
    await hub.next('pool-received', (m) => m.offerId === message.offerId);
  }

  /** Starts dialing and waits until the session has done what it does with the queue. */
  async function startDialing(): Promise<void> {
    await drive.call('session.start');
    await drive.core.session.settled();
  }

  it('stores an offer before acknowledging it, and a resent offer once', async () => {
    await deliver(offerOfAnn(1));
    await deliver(offerOfAnn(1));
    const stored = await leads();
    expect(stored).toEqual([
      { id: stored[0]!.id, first_name: 'Ann', status: 'new', attempt_count: 0, queue_tier: 2 },
    ]);
    expect(await marks()).toEqual([
      {
        lead_id: stored[0]!.id,
        offer_id: `${ANN}:1`,
        claim_until: START + 180_000,
        released_at: null,
      },
    ]);
    const summary = await drive.call('queue.summary');
    expect(summary.next?.lead).toMatchObject({
      firstName: 'Ann',
      phoneE164: '+13125550101',
      campaignId: 'web-leads',
      source: 'website',
      custom: { plan: 'solar' },
    });
  });

  it('answers an offer the hub resends along with its welcome (after a reconnect)', async () => {
    await deliver(offerOfAnn(1));
    // Already stored, so it is answered at once: before the rep has finished handling the welcome.
    hub.withWelcome = [offerOfAnn(1)];
    hub.disconnect();
    await advanceUntil(
      clock,
      () => hub.received.some((m) => m.type === 'pool-received'),
      'answered',
    );
    expect(await hub.next('pool-received')).toEqual({ type: 'pool-received', offerId: `${ANN}:1` });
    expect(await marks()).toMatchObject([{ offer_id: `${ANN}:1`, released_at: null }]);
  });

  it("dials a team lead only on the hub's yes, and reports its attempt with the pool's id", async () => {
    await deliver(offerOfAnn(1));
    hub.dialAnswer = { ok: true };
    await drive.call('session.start');
    expect(await hub.next('pool-dial')).toMatchObject({ leadId: ANN, offerId: `${ANN}:1` });
    await drive.advanceUntil('connected');
    await drive.call('session.hangup');
    await drive.call('session.selectOutcome', 'not-interested');
    await drive.call('session.confirm');
    await drive.core.session.settled();
    // The rep also reports the dial as it starts and ends; the outcome's report is the one the
    // pool settles the lead by.
    const reported = await hub.next(
      'event',
      (m) => m.event.type === 'attempt' && m.event.outcomeCode !== null,
    );
    expect(reported.event).toMatchObject({
      type: 'attempt',
      poolLeadId: ANN,
      outcomeCode: 'not-interested',
      callbackAt: null,
    });
    // The outcome hands the lead back to the pool: it has left this rep's queue.
    const [mark] = await marks();
    expect(mark?.released_at).toBeGreaterThanOrEqual(START);
  });

  it('drops a team lead the hub refuses at dial time, saying so, and moves on', async () => {
    await deliver(offerOfAnn(1));
    hub.dialAnswer = { ok: false, reason: 'claimed by ben' };
    await startDialing();
    const snapshot = drive.core.session.snapshot();
    expect(snapshot.notice).toBe(`Skipped Ann Lee: ${POOL_WORDS.wentToAnotherRep}`);
    expect(snapshot).toMatchObject({ state: 'idle', idleReason: 'queue-empty' });
    expect(await drive.core.store.get(sql`SELECT count(*) AS n FROM attempts`)).toEqual({ n: 0 });
    expect((await marks())[0]?.released_at).toBe(START);
    expect((await leads())[0]?.queue_tier).toBeNull();
  });

  it("asks the hub on the lead page's dial too (a lead the rep picks)", async () => {
    await deliver(offerOfAnn(1));
    hub.dialAnswer = { ok: false };
    const [ann] = await leads();
    await drive.call('session.dialLead', ann!.id);
    await drive.core.session.settled();
    expect(await hub.next('pool-dial')).toMatchObject({ leadId: ANN });
    expect(drive.core.session.snapshot().notice).toBe(
      `Skipped Ann Lee: ${POOL_WORDS.wentToAnotherRep}`,
    );
    expect(await drive.core.store.get(sql`SELECT count(*) AS n FROM attempts`)).toEqual({ n: 0 });
  });

  it('does not dial a team lead when the hub does not answer within the wait', async () => {
    await deliver(offerOfAnn(1));
    // The dial waits on the hub's answer, so the intent resolves only once the wait is over.
    const started = drive.call('session.start');
    await hub.next('pool-dial');
    clock.advance(DIAL_ANSWER_MS);
    await started;
    await drive.core.session.settled();
    expect(drive.core.session.snapshot().notice).toBe(
      `Skipped Ann Lee: ${POOL_WORDS.hubUnreachable}`,
    );
    expect(await drive.core.store.get(sql`SELECT count(*) AS n FROM attempts`)).toEqual({ n: 0 });
    // Still this rep's: it waits for the hub, it was not given away.
    expect((await marks())[0]?.released_at).toBeNull();
  });

  it('does not dial a team lead while the hub is unreachable, and keeps it', async () => {
    await deliver(offerOfAnn(1));
    hub.dialAnswer = { ok: true };
    hub.disconnect();
    await statusReached(drive, (status) => status.state !== 'connected');
    await startDialing();
    expect(drive.core.session.snapshot().notice).toBe(
      `Skipped Ann Lee: ${POOL_WORDS.hubUnreachable}`,
    );
    expect((await marks())[0]?.released_at).toBeNull();
  });

  it('picks up by itself when a team lead reaches a rep whose queue ran dry', async () => {
    await startDialing();
    expect(drive.core.session.snapshot()).toMatchObject({
      state: 'idle',
      idleReason: 'queue-empty',
    });
    hub.dialAnswer = { ok: true };
    hub.send(offerOfAnn(1));
    expect(await hub.next('pool-dial')).toMatchObject({ leadId: ANN });
    const dialing = await drive.advanceUntil('connected');
    expect(dialing.offer?.lead.firstName).toBe('Ann');
  });

  it('does not ask the hub for a claim that has run out on its clock (with the margin)', async () => {
    await deliver(offerOfAnn(1, { claimUntil: START + CLAIM_SKEW_MARGIN_MS }));
    hub.dialAnswer = { ok: true };
    await startDialing();
    expect(drive.core.session.snapshot().notice).toBe(`Skipped Ann Lee: ${POOL_WORDS.claimRanOut}`);
    expect(hub.received.filter((m) => m.type === 'pool-dial')).toEqual([]);
  });

  it('estimates the hub clock from hubNow: a hub 10 min ahead means a claim already over', async () => {
    const ahead = 10 * 60_000;
    await deliver(offerOfAnn(1, { hubNow: START + ahead, claimUntil: START + ahead - 1 }));
    hub.dialAnswer = { ok: true };
    await startDialing();
    expect(drive.core.session.snapshot().notice).toBe(`Skipped Ann Lee: ${POOL_WORDS.claimRanOut}`);
  });

  it('renews the claim from pool-lease', async () => {
    await deliver(offerOfAnn(1));
    hub.send({
      type: 'pool-lease',
      leases: [{ leadId: ANN, claimUntil: START + 600_000 }],
      hubNow: START + 1_000,
    });
    for (let turn = 0; turn < 50 && (await marks())[0]?.claim_until !== START + 600_000; turn++) {
      await ioTurn();
    }
    expect((await marks())[0]?.claim_until).toBe(START + 600_000);
  });

  it('drops a revoked lead from the queue and answers; a new assignment brings it back', async () => {
    await deliver(offerOfAnn(1));
    const [before] = await leads();
    hub.send({ type: 'pool-revoke', leadId: ANN, offerId: `${ANN}:1`, reason: 'claim ran out' });
    expect(await hub.next('pool-revoked')).toEqual({ type: 'pool-revoked', offerId: `${ANN}:1` });
    expect((await drive.call('queue.summary')).next).toBeNull();
    expect((await leads())[0]?.queue_tier).toBeNull();

    await deliver(
      offerOfAnn(2, { lead: poolLead({ attemptCount: 1, firstAttemptAt: START - 30_000 }) }),
    );
    const after = await leads();
    expect(after).toEqual([{ ...before!, status: 'retry', attempt_count: 1, queue_tier: 3 }]);
    expect(await marks()).toMatchObject([{ offer_id: `${ANN}:2`, released_at: null }]);
  });

  it('keeps the lead of a call in progress when the hub revokes it', async () => {
    await deliver(offerOfAnn(1));
    hub.dialAnswer = { ok: true };
    await drive.call('session.start');
    await drive.advanceUntil('connected');
    hub.send({ type: 'pool-revoke', leadId: ANN, offerId: `${ANN}:1`, reason: 'stale' });
    // Ordering: a later message is handled after the revoke.
    hub.send({ type: 'pool-revoke', leadId: ANN, offerId: `${ANN}:0`, reason: 'old offer' });
    await hub.next('pool-revoked', (m) => m.offerId === `${ANN}:0`);
    expect(hub.received.filter((m) => m.type === 'pool-revoked')).toEqual([]);
    expect((await marks())[0]?.released_at).toBeNull();
    expect(drive.core.session.snapshot().state).toBe('connected');
  });
});
