import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deriveRepKey } from '../../../electron/hub/auth/rep-key';
import type { Hub } from '../../../electron/hub/server/start-hub';
import { ADAPTERS } from '../../support/hub-db-fixture';
import { attemptBody, envelope, stateBody, zoneAtMidday } from './support/floor-events';
import { useHubPlaces, type HubPlace } from './support/hub-place';
import { RawSocket } from './support/raw-socket';
import { startTestHub, type LogLine } from './support/test-hub';
import { TEAM_TOKEN } from './support/test-hub';

const NOW = Date.now();
const ZONE = zoneAtMidday(NOW);
const anaKey = deriveRepKey(TEAM_TOKEN, 'ana');
const sale = { code: 'converted', contact: true, conversion: true, talkSeconds: 90 };

let place: HubPlace;
let hub: Hub;
let logs: LogLine[];

async function anaSocket(
  streamId = 'stream-ana-1',
): Promise<{ socket: RawSocket; ackedSeq: number }> {
  const socket = await RawSocket.rep(hub.url, 'ana', anaKey);
  socket.hello('ana', streamId, 'Ana', ZONE);
  const welcome = await socket.next<{ type: string; ackedSeq: number }>();
  expect(welcome.type).toBe('welcome');
  return { socket, ackedSeq: welcome.ackedSeq };
}

const anaRow = () => hub.floor.view().reps.find((row) => row.repId === 'ana');

/** The hub on the test's place: its folder, and its server database on the server adapter. */
const start = (options: Parameters<typeof startTestHub>[1] = {}) =>
  startTestHub(place.dataDir, { ...options, databaseUrl: place.databaseUrl });

describe.each(ADAPTERS)('hub ingest (%s database)', (kind) => {
  const places = useHubPlaces(kind);
  beforeEach(async () => {
    place = await places.create('dialdeck-hub-ingest-');
    ({ hub, logs } = await start());
  });
  afterEach(async () => {
    await hub.close();
    await place.remove();
  });

  it('acknowledges each event once it is stored and shows it on the floor', async () => {
    const { socket } = await anaSocket();
    socket.event(envelope('ana', 1, stateBody('dialing', NOW - 5_000), NOW - 5_000));
    socket.event(envelope('ana', 2, attemptBody('a1', NOW - 120_000, sale), NOW));
    await socket.ackedUpTo(2);
    expect(anaRow()).toMatchObject({
      connected: true,
      state: 'dialing',
      lastSeq: 2,
      kpis: { dials: 1, conversions: 1, talkSeconds: 90 },
    });
  });

  it('counts the same event once, however often and however it is resent', async () => {
    const first = await anaSocket();
    const attempt = envelope('ana', 1, attemptBody('a1', NOW - 120_000, sale), NOW);
    first.socket.event(attempt);
    await first.socket.ackedUpTo(1);
    first.socket.event(attempt);
    expect(await first.socket.next()).toEqual({ type: 'ack', upToSeq: 1 });
    await first.socket.close();

    // A reconnect is told what the hub has; resending it anyway changes nothing.
    const second = await anaSocket();
    expect(second.ackedSeq).toBe(1);
    second.socket.event(attempt);
    expect(await second.socket.next()).toEqual({ type: 'ack', upToSeq: 1 });
    // The same event id under a new seq (a rep that renumbered) is still the same event.
    second.socket.event({ ...attempt, seq: 2 });
    await second.socket.ackedUpTo(2);

    expect(anaRow()?.kpis).toMatchObject({ dials: 1, conversions: 1 });
    await hub.close();
    expect(await place.query('SELECT event_id, seq FROM events')).toEqual([
      { event_id: attempt.eventId, seq: 1 },
    ]);
    ({ hub, logs } = await start());
  });

  it('takes events in seq order and refuses a gap; the rep resumes from what was acknowledged', async () => {
    const { socket } = await anaSocket();
    socket.event(envelope('ana', 1, stateBody('dialing', NOW), NOW));
    await socket.ackedUpTo(1);
    socket.event(envelope('ana', 3, stateBody('connected', NOW), NOW));
    expect(await socket.closed).toEqual({
      code: 4409,
      reason: 'Out of order: expected seq 2, got 3.',
    });
    expect(logs).toContainEqual(
      expect.objectContaining({ message: 'hub refused a rep message', repId: 'ana' }),
    );
    expect(anaRow()).toMatchObject({ state: 'dialing', lastSeq: 1 });

    const again = await anaSocket();
    expect(again.ackedSeq).toBe(1);
    again.socket.event(envelope('ana', 2, stateBody('ringing', NOW), NOW));
    again.socket.event(envelope('ana', 3, stateBody('connected', NOW), NOW));
    await again.socket.ackedUpTo(3);
    expect(anaRow()).toMatchObject({ state: 'connected', lastSeq: 3 });
  });

  it('rebuilds the floor from its store after a restart', async () => {
    const { socket } = await anaSocket();
    socket.event(envelope('ana', 1, attemptBody('a1', NOW - 300_000, sale), NOW - 200_000));
    socket.event(
      envelope(
        'ana',
        2,
        attemptBody('a2', NOW - 100_000, { code: 'no-answer', contact: false, conversion: false }),
        NOW - 50_000,
      ),
    );
    socket.event(
      envelope('ana', 3, stateBody('paused', NOW - 10_000, { pauseCode: 'admin' }), NOW - 10_000),
    );
    await socket.ackedUpTo(3);
    const before = anaRow();
    await hub.close();

    ({ hub, logs } = await start());
    expect(anaRow()).toEqual({ ...before, connected: false });
    const again = await anaSocket();
    expect(again.ackedSeq).toBe(3);
  });

  it('lets a reinstalled app start a new stream at seq 1', async () => {
    const old = await anaSocket('stream-ana-old');
    old.socket.event(envelope('ana', 1, attemptBody('a1', NOW - 60_000, sale), NOW));
    await old.socket.ackedUpTo(1);
    await old.socket.close();

    const fresh = await anaSocket('stream-ana-new');
    expect(fresh.ackedSeq).toBe(0);
    fresh.socket.event(envelope('ana', 1, attemptBody('b1', NOW - 30_000, sale), NOW));
    await fresh.socket.ackedUpTo(1);
    expect(anaRow()?.kpis.dials).toBe(2);
  });

  it('hands a rep over to its newer connection', async () => {
    const older = await anaSocket();
    const newer = await anaSocket();
    expect(await older.socket.closed).toEqual({
      code: 4000,
      reason: 'Replaced by a newer connection of this rep.',
    });
    newer.socket.event(envelope('ana', 1, stateBody('idle', NOW), NOW));
    await newer.socket.ackedUpTo(1);
    expect(anaRow()).toMatchObject({ connected: true, state: 'idle' });
  });
});
