import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  HubConnection,
  type HubConnectionOptions,
  type HubConnectionStatus,
} from '../../../../electron/core/floor/outbox/hub-connection';
import { MemoryOutbox } from '../../../support/memory-outbox';
import type { Hub } from '../../../../electron/hub/server/start-hub';
import { makeTempDir } from '../../../support/temp-dir';
import { attemptBody, stateBody, zoneAtMidday } from '../../hub/support/floor-events';
import { startTestHub, TEAM_TOKEN } from '../../hub/support/test-hub';

const NOW = Date.now();
const ZONE = zoneAtMidday(NOW);

let temp: ReturnType<typeof makeTempDir>;
let hub: Hub | null;
const connections: HubConnection[] = [];

beforeEach(() => {
  temp = makeTempDir('dialdeck-hub-connection-');
  hub = null;
});
afterEach(async () => {
  await Promise.all(connections.splice(0).map((c) => c.stop()));
  await hub?.close();
  temp.remove();
});

function connect(
  hubUrl: string,
  outbox: MemoryOutbox,
  overrides: Partial<HubConnectionOptions> = {},
): {
  connection: HubConnection;
  statuses: HubConnectionStatus[];
  reached: (p: (s: HubConnectionStatus) => boolean) => Promise<HubConnectionStatus>;
} {
  const statuses: HubConnectionStatus[] = [];
  const waiters: {
    p: (s: HubConnectionStatus) => boolean;
    resolve: (s: HubConnectionStatus) => void;
  }[] = [];
  const connection = new HubConnection({
    hubUrl,
    repId: 'ana',
    repName: 'Ana',
    timeZone: ZONE,
    credential: { teamToken: TEAM_TOKEN },
    outbox,
    backoff: { initialMs: 20, maxMs: 200 },
    onStatus: (status) => {
      statuses.push(status);
      for (const waiter of [...waiters]) {
        if (waiter.p(status)) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve(status);
        }
      }
    },
    ...overrides,
  });
  connections.push(connection);
  const reached = (p: (s: HubConnectionStatus) => boolean) =>
    new Promise<HubConnectionStatus>((resolve) => {
      const seen = statuses.find(p);
      if (seen) resolve(seen);
      else waiters.push({ p, resolve });
    });
  return { connection, statuses, reached };
}

/** A rep's realistic morning: state changes and attempts, some of them sales. */
async function workCalls(connection: HubConnection, calls: number, from = 0): Promise<number> {
  let last = 0;
  for (let i = from; i < from + calls; i++) {
    const startedAt = NOW - (calls - i) * 60_000;
    await connection.publish(stateBody('dialing', startedAt), startedAt);
    const converted = i % 4 === 0;
    const attempt = attemptBody(`ana-${i}`, startedAt, {
      code: converted ? 'converted' : 'not-interested',
      contact: true,
      conversion: converted,
      talkSeconds: 30,
    });
    last = (await connection.publish(attempt, startedAt + 50_000)).seq;
  }
  return last;
}

describe('HubConnection', () => {
  it('delivers the outbox in seq order and marks it delivered on acknowledgement', async () => {
    ({ hub } = await startTestHub(temp.dir));
    const outbox = new MemoryOutbox();
    const { connection } = connect(hub.url, outbox);
    connection.start();
    const last = await workCalls(connection, 20);
    await connection.delivered(last);
    expect(last).toBe(40);
    expect(await outbox.deliveredSeq()).toBe(40);
    expect(await outbox.backlog()).toBe(0);
    expect(connection.status()).toMatchObject({
      state: 'connected',
      ackedSeq: 40,
      lastError: null,
    });
    const row = hub.floor.view().reps[0];
    expect(row).toMatchObject({
      repId: 'ana',
      lastSeq: 40,
      kpis: { dials: 20, contacts: 20, conversions: 5, talkSeconds: 600 },
    });
  });

  it('keeps events while the hub is down and delivers them when it comes up', async () => {
    ({ hub } = await startTestHub(temp.dir));
    const port = hub.port;
    const url = hub.url;
    await hub.close();
    hub = null;

    const outbox = new MemoryOutbox();
    const { connection, reached } = connect(url, outbox);
    connection.start();
    const waiting = await reached((s) => s.state === 'waiting');
    expect(waiting.lastError).toMatch(/^Cannot reach the hub: .*ECONNREFUSED/);
    const last = await workCalls(connection, 5);
    expect(await outbox.backlog()).toBe(10);

    ({ hub } = await startTestHub(temp.dir, { port }));
    await connection.delivered(last);
    expect(hub.floor.view().reps[0]?.kpis.dials).toBe(5);
    expect(await outbox.backlog()).toBe(0);
  });

  it('counts every event exactly once across a hub restart mid-stream', async () => {
    ({ hub } = await startTestHub(temp.dir));
    const port = hub.port;
    const outbox = new MemoryOutbox();
    const { connection, reached } = connect(hub.url, outbox, { window: 8 });
    connection.start();
    await reached((s) => s.state === 'connected');
    const publishing = workCalls(connection, 60);
    await connection.delivered(30);
    await hub.close();
    const last = await publishing;
    ({ hub } = await startTestHub(temp.dir, { port }));
    await connection.delivered(last);
    expect(hub.floor.view().reps[0]).toMatchObject({
      lastSeq: 120,
      kpis: { dials: 60, conversions: 15 },
    });
  });

  it('takes the hub’s word for what it has when the outbox lost its delivered mark', async () => {
    ({ hub } = await startTestHub(temp.dir));
    const outbox = new MemoryOutbox();
    const first = connect(hub.url, outbox);
    first.connection.start();
    await first.connection.delivered(await workCalls(first.connection, 3));
    await first.connection.stop();

    // The same stream and entries, but nothing marked delivered (killed before it was recorded).
    const restored = new MemoryOutbox(await outbox.streamId());
    for (const entry of outbox.all()) await restored.append(entry.body, entry.at);
    expect(await restored.backlog()).toBe(6);
    const second = connect(hub.url, restored);
    second.connection.start();
    await second.connection.delivered(6);
    expect(await restored.backlog()).toBe(0);
    expect(hub.floor.view().reps[0]?.kpis.dials).toBe(3);
  });

  it('reports refused credentials and delivers nothing', async () => {
    ({ hub } = await startTestHub(temp.dir));
    const outbox = new MemoryOutbox();
    const { connection, reached } = connect(hub.url, outbox, {
      credential: { repKey: 'forged-key' },
    });
    await connection.publish(stateBody('idle', NOW));
    connection.start();
    const refused = await reached((s) => s.state === 'waiting');
    expect(refused.lastError).toBe(
      "The hub refused this rep's credentials (HTTP 403): check the hub token in settings.",
    );
    expect(hub.floor.view().reps).toEqual([]);
  });
});
