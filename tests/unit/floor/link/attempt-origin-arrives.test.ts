import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SessionStateName } from '../../../../shared/domain/session';
import type { AttemptEventBody } from '../../../../shared/floor/protocol';
import type { Hub } from '../../../../electron/hub/server/start-hub';
import { sql } from '../../../../electron/core/platform/store';
import { ManualClock } from '../../../support/manual-clock';
import { makeTempDir } from '../../../support/temp-dir';
import type { CoreDriver } from '../../app/core-driver';
import { useHubPlaces, type HubPlace } from '../../hub/support/hub-place';
import { startTestHub } from '../../hub/support/test-hub';
import { ioTurn } from './support/io-turn';
import { START, advanceUntil, linkStatus, startRepCore } from './support/rep-core';

describe("every attempt event reaches the hub with its lead's source and campaign", () => {
  const places = useHubPlaces('embedded');
  let place: HubPlace;
  let repDir: ReturnType<typeof makeTempDir>;
  let clock: ManualClock;
  let hub: Hub | null;
  let rep: CoreDriver | null;

  beforeEach(async () => {
    place = await places.create('dialdeck-attempt-origin-hub-');
    repDir = makeTempDir('dialdeck-attempt-origin-rep-');
    clock = new ManualClock(START);
    ({ hub } = await startTestHub(place.dataDir, { clock }));
    rep = null;
  });
  afterEach(async () => {
    await rep?.core.close();
    await hub?.close();
    await place.remove();
    repDir.remove();
  });

  async function until(drive: CoreDriver, state: SessionStateName): Promise<void> {
    await advanceUntil(
      clock,
      () => drive.core.session.snapshot().state === state,
      `the session reaches ${state}`,
    );
    await drive.core.session.settled();
  }

  it('the dial as it starts, is answered, ends and gets its outcome', async () => {
    const running = hub;
    if (!running) throw new Error('the hub did not start');
    const drive = await startRepCore(repDir.dir, clock, {
      repId: 'ana',
      hubUrl: running.url,
      outcomes: ['answer'],
    });
    rep = drive;
    await advanceUntil(clock, () => linkStatus(drive).state === 'connected', 'the rep connects');

    await drive.call('session.start');
    await until(drive, 'connected');
    await drive.call('session.selectOutcome', 'converted');
    await drive.call('session.hangup');
    await drive.call('session.pause', 'break');
    await drive.call('session.confirm');
    await drive.core.session.settled();

    const dialed = await drive.core.store.get<{ id: number; source: string | null }>(
      sql`SELECT l.id, l.source FROM attempts a JOIN leads l ON l.id = a.lead_id`,
    );
    const outbox = await drive.core.store.get<{ seq: number }>(
      sql`SELECT max(seq) AS seq FROM hub_outbox`,
    );
    await advanceUntil(
      clock,
      () => (running.floor.view().reps.find((r) => r.repId === 'ana')?.lastSeq ?? 0) >= outbox!.seq,
      'the hub has every event the rep sent',
    );
    await ioTurn();
    await rep.core.close();
    rep = null;
    await running.close();
    hub = null;

    const rows = await place.query<{ event_json: string | AttemptEventBody }>(
      `SELECT event_json FROM events WHERE type = 'attempt' ORDER BY seq`,
    );
    const events = rows.map((row) =>
      typeof row.event_json === 'string'
        ? (JSON.parse(row.event_json) as AttemptEventBody)
        : row.event_json,
    );
    // Started, answered, ended, converted.
    expect(events.map((event) => event.outcomeCode)).toEqual([null, null, null, 'converted']);
    // The demo lead the queue dials first.
    expect(dialed?.source).toBe('Webinar');
    for (const event of events) {
      expect(event).toMatchObject({
        leadId: dialed?.id,
        source: 'Webinar',
        campaign: { id: 'default', name: 'Inbound leads' },
      });
    }
  });
});
