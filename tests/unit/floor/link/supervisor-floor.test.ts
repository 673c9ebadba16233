import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Lead } from '../../../../shared/domain/lead';
import type { FloorView } from '../../../../shared/floor/floor-view';
import type { Hub } from '../../../../electron/hub/server/start-hub';
import { ManualClock } from '../../../support/manual-clock';
import { makeTempDir } from '../../../support/temp-dir';
import type { CoreDriver } from '../../app/core-driver';
import { TEAM_TOKEN, startTestHub } from '../../hub/support/test-hub';
import { START, advanceUntil, linkStatus, startRepCore, statusReached } from './support/rep-core';

describe("a supervisor's app on the floor", () => {
  let temp: ReturnType<typeof makeTempDir>;
  let clock: ManualClock;
  let drivers: CoreDriver[];
  let headless: Hub | null;

  beforeEach(() => {
    temp = makeTempDir('dialdeck-floor-supervisor-');
    clock = new ManualClock(START);
    drivers = [];
    headless = null;
  });
  afterEach(async () => {
    // Reps first, so none is left retrying a hub that is gone.
    for (const drive of drivers.reverse()) await drive.core.close();
    await headless?.close();
    temp.remove();
  });

  async function core(name: string, options: Parameters<typeof startRepCore>[2]) {
    const drive = await startRepCore(path.join(temp.dir, name), clock, options);
    drivers.push(drive);
    return drive;
  }

  /** The rep escalates a call, books it and takes a break; the supervisor sees it all. */
  async function repWorksOneCall(rep: CoreDriver): Promise<Lead | undefined> {
    await rep.call('session.start');
    await rep.advanceUntil('connected');
    const lead = (await rep.call('session.snapshot')).offer?.lead;
    await rep.call('floor.escalate', 'Asks for the manager.');
    await rep.call('session.pause', 'break');
    await rep.call('session.hangup');
    await rep.call('session.selectOutcome', 'converted');
    await rep.call('session.confirm');
    await rep.core.session.settled();
    return lead;
  }

  it('hosts the hub: the floor view, its events, acknowledgements and the alert history', async () => {
    const supervisor = await core('sam', {
      repId: 'sam',
      hubUrl: null,
      settings: { role: 'supervisor', hubPort: 0, repName: 'Sam Lead' },
    });
    const hosting = await statusReached(supervisor, (s) => s.state === 'connected');
    expect(hosting.mode).toBe('host');
    const rep = await core('ana', {
      repId: 'ana',
      hubUrl: hosting.hubUrl,
      secrets: { hubToken: supervisor.core.settings.getSecret('hubToken') ?? '' },
      outcomes: ['answer'],
    });
    const lead = await repWorksOneCall(rep);

    const view = (): FloorView | null => supervisor.core.floorLink.floor()?.view() ?? null;
    await advanceUntil(
      clock,
      () => view()?.reps[0]?.state === 'paused' && view()?.escalations.length === 1,
      'the rep and the escalation on the floor',
    );
    const floor = await supervisor.call('floor.view');
    expect(floor?.reps).toEqual([
      expect.objectContaining({
        repId: 'ana',
        connected: true,
        state: 'paused',
        pauseCode: 'break',
        kpis: expect.objectContaining({ dials: 1, contacts: 1, conversions: 1 }),
      }),
    ]);
    expect(floor?.leaderboard[0]).toMatchObject({ rank: 1, repId: 'ana', conversions: 1 });
    const pushed = supervisor.payloads('floor.changed');
    expect(pushed.length).toBeGreaterThan(0);
    expect(pushed.some((v) => v.reps.some((r) => r.repId === 'ana'))).toBe(true);

    const escalation = floor?.escalations[0];
    // The card's lead and call come from the rep's app: the hub has no copy of its leads.
    expect(escalation).toMatchObject({
      repId: 'ana',
      note: 'Asks for the manager.',
      call: {
        leadName: `${lead?.firstName} ${lead?.lastName}`.trim(),
        phone: lead?.phoneE164,
        state: 'connected',
        answeredAt: expect.any(Number),
        endedAt: null,
      },
      answer: null,
    });
    // The hub stored it before the rep's app heard the acknowledgement: wait for that.
    await advanceUntil(
      clock,
      () => rep.core.floorLink.myEscalations()[0]?.state === 'waiting',
      "the hub's acknowledgement on the rep's side",
    );
    expect(await rep.call('floor.myEscalations')).toEqual([
      {
        escalationId: escalation?.id,
        raisedAt: escalation?.raisedAt,
        state: 'waiting',
        answer: null,
      },
    ]);
    expect(await rep.refused('floor.dismissEscalation', escalation?.id)).toMatchObject({
      code: 'conflict',
    });
    const willCall = { kind: 'will-call', text: null } as const;
    expect(await supervisor.call('floor.answerEscalation', escalation?.id, willCall)).toBeNull();
    // A second click of the same supervisor changes nothing and is no error.
    expect(await supervisor.call('floor.answerEscalation', escalation?.id, willCall)).toBeNull();
    expect((await supervisor.call('floor.view'))?.escalations).toEqual([]);
    // The rep's app hears the answer over its own hub connection, without asking.
    await advanceUntil(
      clock,
      () => rep.core.floorLink.myEscalations()[0]?.state === 'answered',
      "the answer on the rep's screen",
    );
    const answered = rep.payloads('floor.myEscalationsChanged').at(-1);
    expect(answered).toEqual([
      {
        escalationId: escalation?.id,
        raisedAt: escalation?.raisedAt,
        state: 'answered',
        answer: { kind: 'will-call', text: null, by: 'Sam Lead', at: expect.any(Number) },
      },
    ]);
    expect(await rep.call('floor.dismissEscalation', escalation?.id)).toBeNull();
    expect(await rep.call('floor.myEscalations')).toEqual([]);
    expect(
      await supervisor.refused('floor.answerEscalation', 'no-such-escalation', willCall),
    ).toMatchObject({ code: 'not-found' });
    expect(
      await supervisor.refused('floor.answerEscalation', escalation?.id, {
        kind: 'reply',
        text: '',
      }),
    ).toMatchObject({ code: 'invalid-argument' });

    // Paused 15 minutes: the hub raises an alert, the supervisor acknowledges it.
    await advanceUntil(
      clock,
      () => (view()?.alerts ?? []).some((a) => a.kind === 'rep-paused'),
      'a long break alert',
      5_000,
    );
    const alert = view()?.alerts.find((a) => a.kind === 'rep-paused');
    expect(await supervisor.call('floor.acknowledgeAlert', alert?.id)).toBeNull();
    const history = await supervisor.call('floor.alertHistory');
    expect(history.find((a) => a.id === alert?.id)).toMatchObject({ acknowledgedBy: 'Sam Lead' });

    expect(await rep.refused('floor.acknowledgeAlert', alert?.id)).toMatchObject({
      code: 'unavailable',
      message: expect.stringMatching(/only a supervisor/),
    });
    expect(await rep.call('floor.view')).toBeNull();
  });

  it('follows a hub that runs elsewhere', async () => {
    ({ hub: headless } = await startTestHub(path.join(temp.dir, 'hub'), { clock }));
    const remote = headless;
    const rep = await core('ana', { repId: 'ana', hubUrl: remote.url, outcomes: ['answer'] });
    const supervisor = await core('sam', {
      repId: 'sam',
      hubUrl: remote.url,
      settings: { role: 'supervisor', repName: 'Sam Lead' },
      secrets: { hubToken: TEAM_TOKEN },
    });
    await statusReached(supervisor, (s) => s.state === 'connected');
    expect(linkStatus(supervisor)).toMatchObject({ mode: 'follow', hubUrl: remote.url });
    await repWorksOneCall(rep);
    await advanceUntil(
      clock,
      () => supervisor.core.floorLink.floor()?.view()?.escalations.length === 1,
      'the escalation reaches the follower',
    );
    const escalation = (await supervisor.call('floor.view'))?.escalations[0];
    expect(
      await supervisor.call('floor.answerEscalation', escalation?.id, {
        kind: 'acknowledged',
        text: null,
      }),
    ).toBeNull();
    expect(remote.floor.view().escalations).toEqual([]);
    expect(await supervisor.refused('floor.alertHistory')).toMatchObject({ code: 'unavailable' });
  });
});
