import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deriveRepKey } from '../../../electron/hub/auth/rep-key';
import type { Hub } from '../../../electron/hub/server/start-hub';
import { ManualClock } from '../../support/manual-clock';
import { ADAPTERS } from '../../support/hub-db-fixture';
import { envelope, stateBody } from './support/floor-events';
import { useHubPlaces, type HubPlace } from './support/hub-place';
import { RawSocket } from './support/raw-socket';
import { startTestHub, TEAM_TOKEN } from './support/test-hub';

const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const anaKey = deriveRepKey(TEAM_TOKEN, 'ana');

let place: HubPlace;
let clock: ManualClock;
let hub: Hub;
let socket: RawSocket;
let seq = 0;

async function connectAna(): Promise<void> {
  socket = await RawSocket.rep(hub.url, 'ana', anaKey);
  socket.hello('ana', 'stream-ana-1', 'Ana', 'Europe/Madrid');
  const welcome = await socket.next<{ ackedSeq: number }>();
  seq = welcome.ackedSeq;
}

async function publish(body: Parameters<typeof envelope>[2]): Promise<void> {
  seq += 1;
  socket.event(envelope('ana', seq, body, clock.now()));
  await socket.ackedUpTo(seq);
}

/** Moves the hub's clock and runs the alert rules as its tick would. */
async function after(ms: number): Promise<void> {
  clock.advance(ms);
  await hub.evaluateAlerts();
}

const openAlerts = () => hub.floor.view().alerts.map((a) => [a.kind, a.message]);

/** The hub on the test's place: its folder, and its server database on the server adapter. */
const start = (options: Parameters<typeof startTestHub>[1] = {}) =>
  startTestHub(place.dataDir, { ...options, databaseUrl: place.databaseUrl });

describe.each(ADAPTERS)('hub alerts (%s database)', (kind) => {
  const places = useHubPlaces(kind);
  beforeEach(async () => {
    place = await places.create('dialdeck-hub-alerts-');
    clock = new ManualClock();
    ({ hub } = await start({ clock }));
    await connectAna();
  });
  afterEach(async () => {
    await hub.close();
    await place.remove();
  });

  it('raises an idle alert, lets a supervisor acknowledge it, and does not raise it again for the same spell', async () => {
    await publish(stateBody('idle', clock.now()));
    await after(4 * MIN);
    expect(openAlerts()).toEqual([]);
    await after(MIN);
    expect(openAlerts()).toEqual([
      ['rep-idle', 'Ana has been idle for 5 min (limit 5 min): check in with Ana.'],
    ]);

    const [alert] = hub.floor.view().alerts;
    const acknowledged = await hub.floor.acknowledgeAlert(alert!.id, 'Sam');
    expect(acknowledged).toEqual({
      ok: true,
      value: expect.objectContaining({
        id: alert!.id,
        acknowledgedBy: 'Sam',
        acknowledgedAt: clock.now(),
      }),
    });
    await after(10 * MIN);
    expect(openAlerts()).toEqual([]);

    // A new idle spell is a new alert.
    await publish(stateBody('dialing', clock.now()));
    await publish(stateBody('idle', clock.now()));
    await after(5 * MIN);
    expect(openAlerts()).toEqual([
      ['rep-idle', 'Ana has been idle for 5 min (limit 5 min): check in with Ana.'],
    ]);
  });

  it('clears an alert whose condition stopped holding, and keeps it stored', async () => {
    await publish(stateBody('ringing', clock.now()));
    await after(90_000);
    expect(openAlerts()).toEqual([
      [
        'call-stuck',
        'Ana has a call ringing for 90 s (limit 90 s): the line may be stuck: ask Ana to hang up and go on.',
      ],
    ]);
    await publish(stateBody('connected', clock.now()));
    await after(1_000);
    expect(openAlerts()).toEqual([]);
    const [stored] = await hub.floor.alertHistory();
    expect(stored).toMatchObject({
      kind: 'call-stuck',
      clearedAt: clock.now(),
      acknowledgedAt: null,
    });
  });

  it('raises the speed-to-lead alert from the rep’s waiting leads', async () => {
    await publish({ type: 'lead-waiting', count: 2, oldestCreatedAt: clock.now() - 50 * MIN });
    await after(9 * MIN);
    expect(openAlerts()).toEqual([]);
    await after(MIN);
    expect(openAlerts()).toEqual([
      [
        'lead-sla',
        "2 fresh leads waiting in Ana's queue, the oldest for 1 h (SLA 1 h): ask Ana to call it next, or hand it to a free rep.",
      ],
    ]);
    await publish({ type: 'lead-waiting', count: 0, oldestCreatedAt: null });
    await after(1_000);
    expect(openAlerts()).toEqual([]);
  });

  it('does not page for the backlog a rep’s app reports when it starts, only for a lead that goes stale here', async () => {
    // The app starts with 36 leads imported weeks ago: nothing to page about.
    await publish({ type: 'lead-waiting', count: 36, oldestCreatedAt: clock.now() - 28 * DAY });
    await after(2 * 60 * MIN);
    expect(openAlerts()).toEqual([]);
    // The backlog is worked off; a web lead arrives and waits past the SLA.
    await publish({ type: 'lead-waiting', count: 1, oldestCreatedAt: clock.now() - MIN });
    await after(58 * MIN);
    expect(openAlerts()).toEqual([]);
    await after(MIN);
    expect(openAlerts().map(([kind]) => kind)).toEqual(['lead-sla']);
  });

  it('snoozes a rep: open alerts acknowledged, no new one until the snooze ends, shown on the floor', async () => {
    await publish(stateBody('idle', clock.now()));
    await after(5 * MIN);
    expect(openAlerts().map(([kind]) => kind)).toEqual(['rep-idle']);
    await hub.floor.snoozeRep('ana', 30, 'Sam');
    expect(openAlerts()).toEqual([]);
    expect(hub.floor.view().snoozes).toEqual([
      { repId: 'ana', until: clock.now() + 30 * MIN, by: 'Sam' },
    ]);
    expect((await hub.floor.alertHistory()).map((a) => [a.kind, a.acknowledgedBy])).toEqual([
      ['rep-idle', 'Sam'],
    ]);
    // A new spell during the snooze pages nobody; once it ends, it does.
    await publish(stateBody('paused', clock.now(), { pauseCode: 'break' }));
    await after(20 * MIN);
    expect(openAlerts()).toEqual([]);
    await after(11 * MIN);
    expect(hub.floor.view().snoozes).toEqual([]);
    expect(openAlerts().map(([kind]) => kind)).toEqual(['rep-paused']);
  });

  it('keeps an acknowledged alert quiet after a restart', async () => {
    await publish(stateBody('paused', clock.now(), { pauseCode: 'break' }));
    await after(15 * MIN);
    const [alert] = hub.floor.view().alerts;
    expect(alert?.kind).toBe('rep-paused');
    await hub.floor.acknowledgeAlert(alert!.id, 'Sam');
    await hub.close();

    ({ hub } = await start({ clock }));
    await connectAna();
    await after(MIN);
    expect(openAlerts()).toEqual([]);
    expect((await hub.floor.alertHistory()).map((a) => [a.kind, a.acknowledgedBy])).toEqual([
      ['rep-paused', 'Sam'],
    ]);
  });
});
