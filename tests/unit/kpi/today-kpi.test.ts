import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_DISPOSITIONS, SYSTEM_DISPOSITIONS } from '../../../shared/domain/disposition';
import { TodayKpi } from '../../../electron/core/kpi/today-kpi';
import {
  MINUTE,
  START,
  attemptFor,
  openPortsFixture,
  seedLead,
  type PortsFixture,
} from '../../support/store-fixture';

const dispositions = [...DEFAULT_DISPOSITIONS, ...SYSTEM_DISPOSITIONS];
const converted = DEFAULT_DISPOSITIONS[0]!;

describe("TodayKpi: the rep's day in memory, following the session's writes", () => {
  let f: PortsFixture;
  let kpi: TodayKpi;
  beforeEach(async () => {
    f = await openPortsFixture();
    kpi = new TodayKpi(
      f.store,
      f.clock,
      () => ({ repId: 'rep-1', timeZone: 'America/Chicago', shift: null }),
      () => dispositions,
    );
  });
  afterEach(() => f.close());

  async function convert(leadId: number, at: number) {
    const attempt = attemptFor(leadId, { startedAt: at });
    await f.ports.startAttempt(attempt);
    await f.ports.recordOutcome(
      {
        ...attempt,
        providerCallId: 'SIM',
        answeredAt: at + 5_000,
        endedAt: at + 65_000,
        talkSeconds: 60,
        endReason: 'hangup-local',
        outcomeCode: 'converted',
        recordedAt: at + 75_000,
      },
      converted,
    );
  }

  it('reads the day once, then follows every change without reading again', async () => {
    await convert(await seedLead(f.store, { createdAt: START - 30 * MINUTE }), START);
    expect(await kpi.snapshot()).toMatchObject({ dials: 1, conversions: 1 });

    for (const change of f.changes.splice(0)) kpi.apply(change);
    await convert(await seedLead(f.store, { createdAt: START - 5 * MINUTE }), START + MINUTE);
    for (const change of f.changes.splice(0)) kpi.apply(change);

    expect(kpi.snapshotNow()).toMatchObject({
      dials: 2,
      contacts: 2,
      conversions: 2,
      talkSeconds: 120,
      responseTimesMs: [6 * MINUTE, 30 * MINUTE],
    });
    expect((await kpi.attempts()).map((a) => a.startedAt)).toEqual([START + MINUTE, START]);
  });

  it('leaves an outcome kept not on the line out of the contacts and conversions, read or followed', async () => {
    const leadId = await seedLead(f.store);
    const attempt = attemptFor(leadId, { startedAt: START });
    await f.ports.startAttempt(attempt);
    await f.ports.recordOutcome(
      {
        ...attempt,
        providerCallId: 'SIM',
        endedAt: START + 20_000,
        endReason: 'no-answer',
        outcomeCode: 'converted',
        notOnTheLine: true,
        recordedAt: START + 30_000,
      },
      converted,
    );
    expect(await kpi.snapshot()).toMatchObject({ dials: 1, contacts: 0, conversions: 0 });
    await convert(await seedLead(f.store), START + MINUTE);
    for (const change of f.changes.splice(0)) kpi.apply(change);
    expect(kpi.snapshotNow()).toMatchObject({ dials: 2, contacts: 1, conversions: 1 });
    kpi.invalidate();
    expect(await kpi.snapshot()).toMatchObject({ dials: 2, contacts: 1, conversions: 1 });
  });

  it('counts the talk of the call on the line up to now, never of one a crash cut off', async () => {
    const cutOff = attemptFor(await seedLead(f.store), { startedAt: START });
    await f.ports.startAttempt(cutOff);
    await f.ports.saveCallProgress({ ...cutOff, providerCallId: 'SIM', answeredAt: START + 5_000 });
    // Read from the store (as after a restart): answered, never ended, and not on the line now.
    f.clock.advance(MINUTE);
    expect(await kpi.snapshot()).toMatchObject({ dials: 1, talkSeconds: 0 });

    f.changes.splice(0);
    const live = attemptFor(await seedLead(f.store), { startedAt: f.clock.now() });
    await f.ports.startAttempt(live);
    const answered = { ...live, providerCallId: 'SIM2', answeredAt: f.clock.now() + 2_000 };
    await f.ports.saveCallProgress(answered);
    for (const change of f.changes.splice(0)) kpi.apply(change);
    f.clock.advance(32_000);
    expect(kpi.snapshotNow()).toMatchObject({ dials: 2, talkSeconds: 30 });
    await f.ports.saveCallProgress({ ...answered, endedAt: f.clock.now(), talkSeconds: 30 });
    for (const change of f.changes.splice(0)) kpi.apply(change);
    f.clock.advance(MINUTE);
    expect(kpi.snapshotNow()).toMatchObject({ dials: 2, talkSeconds: 30 });
  });

  it("starts a new day at midnight in the rep's zone", async () => {
    await convert(await seedLead(f.store), START);
    expect((await kpi.snapshot()).dials).toBe(1);
    // START is 08:00 in Chicago; 16 hours later it is midnight there.
    f.clock.advance(16 * 60 * MINUTE);
    expect(kpi.snapshotNow()).toBeNull();
    expect(await kpi.snapshot()).toMatchObject({ dials: 0, responseTimesMs: [] });
  });

  it('keeps a change told while the day was being read', async () => {
    const leadId = await seedLead(f.store);
    const reading = kpi.snapshot();
    await convert(leadId, START);
    for (const change of f.changes.splice(0)) kpi.apply(change);
    await reading;
    expect(kpi.snapshotNow()).toMatchObject({ dials: 1, conversions: 1 });
  });
});
