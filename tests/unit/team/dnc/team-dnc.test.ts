import { beforeEach, describe, expect, it } from 'vitest';
import { sql } from '../../../../electron/core/platform/store';
import type { ManualClock } from '../../../support/manual-clock';
import type { CoreDriver } from '../../app/core-driver';
import { START, advanceUntil } from '../../floor/link/support/rep-core';
import type { ScriptedHub } from '../support/scripted-hub';
import { offerOfAnn, useRepOnScriptedHub } from '../support/pool-rep';

interface DncRow {
  phone_e164: string;
  source: string;
  added_by: string | null;
  reason: string | null;
  team_shared: number | null;
}

describe("the team's do-not-call list, on the rep's side", () => {
  const team = useRepOnScriptedHub('dialdeck-team-dnc-');
  let clock: ManualClock;
  let hub: ScriptedHub;
  let drive: CoreDriver;
  beforeEach(() => ({ clock, hub, drive } = team));

  const dncRows = () =>
    drive.core.store.all<DncRow>(
      sql`SELECT phone_e164, source, added_by, reason, team_shared FROM dnc ORDER BY phone_e164`,
    );

  /** Resolves once the rep's store holds the number (the 'dnc.changed' event follows the write). */
  function listed(phoneE164: string): Promise<void> {
    return new Promise((resolve) => {
      const off = drive.core.events.subscribe((event) => {
        if (event !== 'dnc.changed') return;
        void drive.core.store
          .get(sql`SELECT 1 AS found FROM dnc WHERE phone_e164 = ${phoneE164}`)
          .then((row) => {
            if (!row) return;
            off();
            resolve();
          });
      });
    });
  }

  it('applies team entries with who added them, within 2 s, and says its cursor in the next hello', async () => {
    expect(await hub.next('hello')).toMatchObject({ dncCursor: 0 });
    const arrived = listed('+13125550199');
    const sentAt = performance.now();
    hub.send({
      type: 'team-dnc',
      entries: [
        {
          phoneE164: '+13125550199',
          addedAt: START - 5_000,
          addedBy: 'ben',
          reason: 'asked on a call',
        },
      ],
      cursor: 7,
    });
    await arrived;
    const tookMs = performance.now() - sentAt;
    expect(tookMs).toBeLessThan(2_000);
    expect(await dncRows()).toEqual([
      {
        phone_e164: '+13125550199',
        source: 'team',
        added_by: 'ben',
        reason: 'asked on a call',
        team_shared: 1,
      },
    ]);
    // Not sent back to the hub it came from.
    await drive.core.session.settled();
    expect(hub.received.filter((m) => m.type === 'event' && m.event.type === 'dnc-added')).toEqual(
      [],
    );

    hub.disconnect();
    await advanceUntil(
      clock,
      () => hub.received.some((m) => m.type === 'hello'),
      'the rep says hello again',
    );
    expect(await hub.next('hello')).toMatchObject({ dncCursor: 7 });
  });

  it('shares a number the rep marks do-not-call as a dnc-added event, once', async () => {
    await drive.call('dnc.add', '+1 312 555 0123', 'Asked to be removed');
    const shared = await hub.next('event', (m) => m.event.type === 'dnc-added');
    expect(shared.event).toMatchObject({
      type: 'dnc-added',
      phoneE164: '+13125550123',
      reason: 'Asked to be removed',
      repId: 'ana',
    });
    expect((await dncRows())[0]?.team_shared).toBe(1);
    // The hub pushes it to every rep, this one too: it stays one entry, the rep's own.
    hub.send({
      type: 'team-dnc',
      entries: [
        {
          phoneE164: '+13125550123',
          addedAt: START,
          addedBy: 'ana',
          reason: 'Asked to be removed',
        },
      ],
      cursor: 1,
    });
    await drive.call('dnc.add', '+1 312 555 0124', 'Second');
    await hub.next('event', (m) => m.event.type === 'dnc-added');
    expect(await dncRows()).toEqual([
      {
        phone_e164: '+13125550123',
        source: 'manual',
        added_by: 'ana',
        reason: 'Asked to be removed',
        team_shared: 1,
      },
      {
        phone_e164: '+13125550124',
        source: 'manual',
        added_by: 'ana',
        reason: 'Second',
        team_shared: 1,
      },
    ]);
    const sharedEvents = hub.received.filter(
      (m) => m.type === 'event' && m.event.type === 'dnc-added',
    );
    expect(sharedEvents).toEqual([]);
  });

  it('shares the number of a do-not-call outcome on a team lead', async () => {
    hub.send(offerOfAnn(1));
    await hub.next('pool-received');
    hub.dialAnswer = { ok: true };
    await drive.call('session.start');
    await drive.advanceUntil('connected');
    await drive.call('session.hangup');
    // A do-not-call outcome is chosen twice, to be sure.
    await drive.call('session.selectOutcome', 'do-not-call');
    await drive.call('session.selectOutcome', 'do-not-call');
    await drive.call('session.confirm');
    await drive.core.session.settled();
    const shared = await hub.next('event', (m) => m.event.type === 'dnc-added');
    expect(shared.event).toMatchObject({ phoneE164: '+13125550101' });
  });

  it('keeps a team DNC number from being dialed, without asking the hub', async () => {
    hub.send(offerOfAnn(1));
    await hub.next('pool-received');
    const arrived = listed('+13125550101');
    hub.send({
      type: 'team-dnc',
      entries: [{ phoneE164: '+13125550101', addedAt: START, addedBy: 'ben', reason: null }],
      cursor: 2,
    });
    await arrived;
    hub.dialAnswer = { ok: true };
    await drive.call('session.start');
    await drive.core.session.settled();
    // The queue leaves out a listed number; the dial-time check would refuse it too.
    expect(drive.core.session.snapshot()).toMatchObject({
      state: 'idle',
      idleReason: 'queue-empty',
    });
    expect(hub.received.filter((m) => m.type === 'pool-dial')).toEqual([]);
    expect(await drive.core.store.get(sql`SELECT count(*) AS n FROM attempts`)).toEqual({ n: 0 });
  });
});
