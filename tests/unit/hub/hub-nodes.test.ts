import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FloorView } from '../../../shared/floor/floor-view';
import type { RepHello } from '../../../shared/floor/protocol';
import { rawDataToText } from '../../../electron/core/platform/net/ws-text';
import { deriveRepKey } from '../../../electron/hub/auth/rep-key';
import { openHubDatabase } from '../../../electron/hub/db';
import type { Hub } from '../../../electron/hub/server/start-hub';
import { ManualClock } from '../../support/manual-clock';
import { startPgCluster, type PgCluster } from '../../support/pg-cluster';
import { makeTempDir } from '../../support/temp-dir';
import { attemptBody, envelope, stateBody, zoneAtMidday } from './support/floor-events';
import { RawSocket } from './support/raw-socket';
import { startTestHub, TEAM_TOKEN } from './support/test-hub';

const MIN = 60_000;
const NOW = Date.now();
const ZONE = zoneAtMidday(NOW);
const sale = { code: 'converted', contact: true, conversion: true, talkSeconds: 90 };

let cluster: PgCluster;
const cleanups: (() => Promise<void> | void)[] = [];
beforeAll(async () => {
  cluster = await startPgCluster();
});
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});
afterAll(async () => {
  await cluster.stop();
});

/** Two hub nodes, each with its own folder, on one database of the file's cluster. */
async function twoNodes(clock?: ManualClock): Promise<[Hub, Hub]> {
  const database = await cluster.createDatabase();
  cleanups.push(database.drop);
  alertRows = async () => {
    const db = await openHubDatabase({ kind: 'server', url: database.url });
    const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM alerts');
    await db.close();
    return rows[0]!.n;
  };
  const nodes: Hub[] = [];
  for (const nodeId of ['node-a', 'node-b']) {
    const temp = makeTempDir(`dialdeck-hub-${nodeId}-`);
    cleanups.push(temp.remove);
    const { hub } = await startTestHub(temp.dir, {
      databaseUrl: database.url,
      nodeId,
      ...(clock ? { clock } : {}),
    });
    cleanups.push(() => hub.close());
    nodes.push(hub);
  }
  return [nodes[0]!, nodes[1]!];
}

let alertRows: () => Promise<number>;

const helloOf = (repId: string, repName: string): RepHello => ({
  type: 'hello',
  protocol: 1,
  repId,
  repName,
  timeZone: ZONE,
  streamId: `stream-${repId}`,
});

async function repOn(hub: Hub, repId: string, name: string): Promise<RawSocket> {
  const socket = await RawSocket.rep(hub.url, repId, deriveRepKey(TEAM_TOKEN, repId));
  socket.hello(repId, `stream-${repId}`, name, ZONE);
  await socket.next();
  return socket;
}

/** Resolves with the first view pushed by `hub` that satisfies `holds`. */
function viewWhere(hub: Hub, holds: (view: FloorView) => boolean): Promise<FloorView> {
  return new Promise((resolve) => {
    const stop = hub.floor.subscribe((view) => {
      if (!holds(view)) return;
      stop();
      resolve(view);
    });
  });
}

const row = (view: FloorView, repId: string) => view.reps.find((r) => r.repId === repId);

describe('several hub nodes on one PostgreSQL server', () => {
  it('shows every node the whole floor within a second, whichever node each rep publishes to', async () => {
    const [a, b] = await twoNodes();
    const ana = await repOn(a, 'ana', 'Ana');
    const bo = await repOn(b, 'bo', 'Bo');

    const bothSeeBoth = Promise.all(
      [a, b].map((hub) =>
        viewWhere(
          hub,
          (view) =>
            row(view, 'ana')?.kpis.dials === 1 &&
            row(view, 'bo')?.kpis.conversions === 1 &&
            row(view, 'ana')?.connected === true &&
            row(view, 'bo')?.connected === true,
        ),
      ),
    );
    const sentAt = performance.now();
    ana.event(envelope('ana', 1, attemptBody('a1', NOW - 60_000, sale), NOW));
    bo.event(envelope('bo', 1, attemptBody('b1', NOW - 30_000, sale), NOW));
    await Promise.all([ana.ackedUpTo(1), bo.ackedUpTo(1)]);
    const views = await bothSeeBoth;
    expect(performance.now() - sentAt).toBeLessThan(1_000);
    for (const view of views) {
      expect(view.team.kpis).toMatchObject({ dials: 2, contacts: 2, conversions: 2 });
    }
  });

  it('stores an event sent to both nodes once (a rep that moved mid-delivery)', async () => {
    const [a, b] = await twoNodes();
    const first = await repOn(a, 'ana', 'Ana');
    const attempt = envelope('ana', 1, attemptBody('a1', NOW - 60_000, sale), NOW);
    first.event(attempt);
    await first.ackedUpTo(1);
    await first.close();

    // On the other node the rep is told what the database holds, and a resend changes nothing.
    const moved = await RawSocket.rep(b.url, 'ana', deriveRepKey(TEAM_TOKEN, 'ana'));
    moved.hello('ana', 'stream-ana', 'Ana', ZONE);
    expect(await moved.next()).toMatchObject({ type: 'welcome', ackedSeq: 1 });
    moved.event(attempt);
    await moved.ackedUpTo(1);
    moved.event(envelope('ana', 2, attemptBody('a2', NOW - 30_000, sale), NOW));
    await moved.ackedUpTo(2);
    for (const hub of [a, b]) {
      await vi.waitFor(() => expect(row(hub.floor.view(), 'ana')?.kpis.dials).toBe(2), {
        timeout: 5_000,
        interval: 20,
      });
    }
  });

  it('raises an alert once per floor and clears it on every node when one acknowledges it', async () => {
    const clock = new ManualClock();
    const [a, b] = await twoNodes(clock);
    const ana = await repOn(a, 'ana', 'Ana');
    ana.event(envelope('ana', 1, stateBody('idle', clock.now()), clock.now()));
    await ana.ackedUpTo(1);
    await vi.waitFor(() => expect(row(b.floor.view(), 'ana')?.state).toBe('idle'), {
      timeout: 5_000,
      interval: 20,
    });

    // Each node beats in turn after the jump, as their timers would over five real minutes.
    const jump = async (ms: number) => {
      clock.advance(ms);
      await a.beat();
      await b.beat();
    };
    await jump(5 * MIN);
    await Promise.all([a.evaluateAlerts(), b.evaluateAlerts()]);
    const alertsOf = (hub: Hub) => hub.floor.view().alerts.map((alert) => alert.id);
    expect(alertsOf(a)).toHaveLength(1);
    // The other node hears of it from the database's notification.
    await vi.waitFor(() => expect(alertsOf(b)).toEqual(alertsOf(a)), {
      timeout: 5_000,
      interval: 20,
    });
    expect(await alertRows()).toBe(1);

    const [alert] = a.floor.view().alerts;
    expect(await b.floor.acknowledgeAlert(alert!.id, 'Sam')).toMatchObject({ ok: true });
    await vi.waitFor(() => expect(alertsOf(a)).toEqual([]), { timeout: 5_000, interval: 20 });
    // Acknowledged on one node, it is not raised again by the other.
    await jump(MIN);
    await Promise.all([a.evaluateAlerts(), b.evaluateAlerts()]);
    expect([...alertsOf(a), ...alertsOf(b)]).toEqual([]);
    expect((await a.floor.alertHistory()).map((x) => [x.kind, x.acknowledgedBy])).toEqual([
      ['rep-idle', 'Sam'],
    ]);
  });

  it("sends a rep the answer given on another node at once, over the rep's own socket", async () => {
    const [a, b] = await twoNodes();
    const ana = await RawSocket.rep(b.url, 'ana', deriveRepKey(TEAM_TOKEN, 'ana'));
    const answers: unknown[][] = [];
    ana.ws.on('message', (data) => {
      const message = JSON.parse(rawDataToText(data)) as { type: string; escalations?: unknown[] };
      if (message.type === 'escalations') answers.push(message.escalations ?? []);
    });
    ana.send({ ...helloOf('ana', 'Ana'), escalationAnswers: true });
    await ana.next();
    const at = Date.now();
    ana.event(
      envelope(
        'ana',
        1,
        {
          type: 'escalation',
          escalationId: 'esc-00000009',
          leadId: 4,
          attemptId: null,
          note: 'Help',
        },
        at,
      ),
    );
    await ana.ackedUpTo(1);
    await vi.waitFor(() => expect(a.floor.view().escalations).toHaveLength(1), {
      timeout: 5_000,
      interval: 20,
    });
    expect(
      await a.floor.answerEscalation('esc-00000009', { kind: 'will-call', text: null }, 'Sam'),
    ).toMatchObject({ ok: true });
    await vi.waitFor(
      () =>
        expect(answers.at(-1)).toEqual([
          {
            escalationId: 'esc-00000009',
            raisedAt: at,
            answer: { kind: 'will-call', text: null, by: 'Sam', at: expect.any(Number) },
          },
        ]),
      { timeout: 5_000, interval: 20 },
    );
    await vi.waitFor(() => expect(b.floor.view().escalations).toEqual([]), {
      timeout: 5_000,
      interval: 20,
    });
  });

  it('shows a rep offline on every node once the node holding its socket stops', async () => {
    const [a, b] = await twoNodes();
    await repOn(a, 'ana', 'Ana');
    await vi.waitFor(() => expect(row(b.floor.view(), 'ana')?.connected).toBe(true), {
      timeout: 5_000,
      interval: 20,
    });
    await a.close();
    await vi.waitFor(() => expect(row(b.floor.view(), 'ana')?.connected).toBe(false), {
      timeout: 5_000,
      interval: 20,
    });
  });
});
