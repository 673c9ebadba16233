import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Clock, TimerHandle } from '../../../../shared/clock';
import type { SessionStateName } from '../../../../shared/domain/session';
import type { FloorRepRow } from '../../../../shared/floor/floor-view';
import { floorKpis } from '../../../../shared/floor/rep-kpis';
import type { Hub } from '../../../../electron/hub/server/start-hub';
import { sql } from '../../../../electron/core/platform/store';
import type { SimulatedOutcome } from '../../../../electron/core/telephony/simulated/simulation-settings';
import { ManualClock } from '../../../support/manual-clock';
import { makeTempDir } from '../../../support/temp-dir';
import type { CoreDriver } from '../../app/core-driver';
import { useHubPlaces, type HubPlace } from '../../hub/support/hub-place';
import { startTestHub } from '../../hub/support/test-hub';
import { ioTurn } from './support/io-turn';
import { START, advanceUntil, linkStatus, startRepCore } from './support/rep-core';

/** The rep's machine, its clock `offsetMs` off the hub's; both move together. */
class SkewedClock extends ManualClock implements Clock {
  constructor(
    private readonly base: ManualClock,
    private readonly offsetMs: number,
  ) {
    super(base.now() + offsetMs);
  }

  override now(): number {
    return this.base.now() + this.offsetMs;
  }

  override setTimer(callback: () => void, delayMs: number): TimerHandle {
    return this.base.setTimer(callback, delayMs);
  }

  override advance(ms: number): void {
    this.base.advance(ms);
  }
}

describe("the floor's numbers for a rep are the rep's own", () => {
  const places = useHubPlaces('embedded');
  let place: HubPlace;
  let repDir: ReturnType<typeof makeTempDir>;
  let clock: ManualClock;
  let hub: Hub;
  let rep: CoreDriver | null;

  beforeEach(async () => {
    place = await places.create('dialdeck-floor-numbers-hub-');
    repDir = makeTempDir('dialdeck-floor-numbers-rep-');
    clock = new ManualClock(START);
    ({ hub } = await startTestHub(place.dataDir, { clock }));
    rep = null;
  });
  afterEach(async () => {
    await rep?.core.close();
    await hub.close();
    await place.remove();
    repDir.remove();
  });

  async function connectRep(repClock: ManualClock, outcomes: SimulatedOutcome[]) {
    const drive = await startRepCore(repDir.dir, repClock, {
      repId: 'ana',
      hubUrl: hub.url,
      outcomes,
    });
    rep = drive;
    await advanceUntil(clock, () => linkStatus(drive).state === 'connected', 'the rep connects');
    return drive;
  }

  /** Lets `ms` pass in steps, the links' pings answered on the way as on a real network. */
  async function pass(ms: number): Promise<void> {
    for (let elapsed = 0; elapsed < ms; elapsed += 250) {
      // Whatever the rep has sent arrives before time moves on, as on a network without delay:
      // a live call's talk is measured from the arrival of its answer, so a delay would shorten it.
      if (rep) await delivered(rep);
      clock.advance(Math.min(250, ms - elapsed));
      for (let turn = 0; turn < 5; turn++) await ioTurn();
    }
  }

  /** Moves the clock until the session is in `state`, the links' pings answered on the way. */
  async function until(drive: CoreDriver, state: SessionStateName): Promise<void> {
    for (let step = 0; step < 4_000; step++) {
      await drive.core.session.settled();
      if (drive.core.session.snapshot().state === state) return;
      await pass(250);
    }
    throw new Error(`The session never reached ${state}`);
  }

  const row = (): FloorRepRow | undefined =>
    hub.floor.view().reps.find((candidate) => candidate.repId === 'ana');

  /**
   * Waits, without moving the clock, until the hub has applied every event the rep's outbox
   * holds now (the rep's writes are settled first), so both are read at the same instant.
   */
  async function delivered(drive: CoreDriver): Promise<void> {
    await drive.core.session.settled();
    // A bound in real time, not turns: a loaded machine may need many turns for one hub write.
    const giveUpAt = performance.now() + 30_000;
    let last: { seq: number | null } | undefined;
    while (performance.now() < giveUpAt) {
      last = await drive.core.store.get<{ seq: number | null }>(
        sql`SELECT max(seq) AS seq FROM hub_outbox`,
      );
      if ((row()?.lastSeq ?? 0) >= (last?.seq ?? 0)) return;
      await ioTurn();
    }
    throw new Error(
      `The hub applied the rep's events up to ${row()?.lastSeq} of ${last?.seq}, ` +
        `the link ${JSON.stringify(linkStatus(drive))}`,
    );
  }

  /** The floor row's numbers and state equal the rep's strip and session, right now. */
  async function expectRowEqualsStrip(drive: CoreDriver, step: string): Promise<void> {
    await delivered(drive);
    const strip = floorKpis(await drive.call('kpi.today'));
    const session = drive.core.session.snapshot();
    expect({ step, kpis: row()?.kpis, state: row()?.state }).toEqual({
      step,
      kpis: strip,
      state: session.state,
    });
  }

  it('after every event of a scripted session: dials, answers, outcomes, undo, skip, pause', async () => {
    const drive = await connectRep(clock, [
      'answer',
      'no-answer',
      'no-answer',
      'answer',
      'machine',
    ]);
    const check = (step: string) => expectRowEqualsStrip(drive, step);
    await check('connected, before any dial');

    await drive.call('session.start');
    await check('the first dial started');
    await until(drive, 'ringing');
    await check('ringing');
    await until(drive, 'connected');
    await check('answered');
    await pass(61_000);
    await check('a minute into the call: its talk time counts');
    expect(row()?.kpis.talkSeconds).toBeGreaterThanOrEqual(61);
    await drive.call('session.selectOutcome', 'converted');
    await drive.call('session.hangup');
    await check('hung up, in wrap-up');
    await drive.call('session.confirm');
    await check('converted; the second dial started');

    await until(drive, 'wrap-up');
    await check('no answer: its outcome set by the line');
    await drive.call('session.confirm');
    await check('no answer saved; the third dial started');
    await drive.call('session.undo');
    await check('the no-answer withdrawn while the third call is on');
    await until(drive, 'ringing');
    await drive.call('session.skip', 'Not the right contact');
    await check('the ringing third call skipped');
    await until(drive, 'wrap-up');
    await check('back in the withdrawn call’s wrap-up');
    await drive.call('session.selectOutcome', 'voicemail-left');
    await drive.call('session.confirm');
    await check('the withdrawn call saved again; the fourth dial started');

    await until(drive, 'connected');
    await drive.call('session.pause', 'break');
    await pass(30_000);
    await check('the fourth call on with a pause asked for');
    await drive.call('session.hangup');
    await drive.call('session.selectOutcome', 'interested');
    await drive.call('session.confirm');
    await check('interested saved, then paused');
    await pass(5 * 60_000);
    await check('five minutes into the break');

    const final = row();
    expect(final?.kpis).toMatchObject({ dials: 4, contacts: 2, conversions: 1 });
    expect(final?.state).toBe('paused');
  });

  it("measures time in state on the hub's clock: a rep's clock 25 s off changes nothing", async () => {
    const repClock = new SkewedClock(clock, 25_000);
    const drive = await connectRep(repClock, ['answer']);
    await drive.call('session.start');
    await until(drive, 'connected');
    const answeredOnHub = clock.now();
    await delivered(drive);
    await pass(40_000);
    await delivered(drive);
    const view = hub.floor.view();
    const ana = view.reps.find((candidate) => candidate.repId === 'ana');
    expect(ana?.state).toBe('connected');
    expect(ana?.stateSince).toBe(answeredOnHub);
    expect(view.at - (ana?.stateSince ?? 0)).toBe(40_000);
    // The live call's talk on the hub's clock too, and still the rep's own figure.
    expect(ana?.kpis.talkSeconds).toBe(40);
    expect(floorKpis(await drive.call('kpi.today')).talkSeconds).toBe(40);
  });
});
