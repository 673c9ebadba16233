import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SupervisorClient } from '../../../electron/core/floor/client/supervisor-client';
import { StoreOutbox } from '../../../electron/core/floor/outbox/store-outbox';
import type { OutboxEntry } from '../../../electron/core/floor/outbox/outbox';
import { openInlineStore } from '../../../electron/core/platform/store/open-store';
import { openHubDatabase } from '../../../electron/hub/db';
import type { FloorView } from '../../../shared/floor/floor-view';
import { bundleForNode } from '../../support/bundle-for-node';
import { startPgCluster, type PgCluster } from '../../support/pg-cluster';
import { makeTempDir } from '../../support/temp-dir';
import { Child } from './support/child';
import { zoneAtMidday } from './support/floor-events';
import { REP_WITH_OUTBOX } from './support/rep-schema';
import { TEAM_TOKEN } from './support/test-hub';

const TOTAL = Number(process.env.FLOOR_FAULT_EVENTS ?? 300);
/** Half the reps list node A first, half node B: both nodes carry reps when A is killed. */
const REPS = ['ana', 'bo', 'cy', 'di'];
const ZONE = zoneAtMidday(Date.now());

let bundles: Record<string, string>;
let temp: ReturnType<typeof makeTempDir>;
let cluster: PgCluster;
let databaseUrl: string;
beforeAll(async () => {
  bundles = await bundleForNode(
    {
      hub: 'electron/hub/main.ts',
      'rep-child': 'tests/unit/hub/support/rep-child.ts',
      'store-worker': 'electron/core/platform/store/worker-entry.ts',
    },
    'floor-nodes-fault',
  );
  temp = makeTempDir('dialdeck-nodes-fault-');
  cluster = await startPgCluster();
  databaseUrl = (await cluster.createDatabase()).url;
});
afterAll(async () => {
  await Child.killAll();
  await cluster.stop();
  temp.remove();
});

async function startNode(nodeId: string, port: number): Promise<{ child: Child; url: string }> {
  const child = Child.start(
    bundles.hub!,
    [
      '--data-dir',
      path.join(temp.dir, nodeId),
      '--port',
      String(port),
      '--host',
      '127.0.0.1',
      '--node-id',
      nodeId,
    ],
    { DIALDECK_HUB_TOKEN: TEAM_TOKEN, DIALDECK_DATABASE_URL: databaseUrl },
  );
  const [, url] = await child.line(/^Dialdeck hub ready: (\S+)$/);
  return { child, url: url! };
}

const repDir = (repId: string) => path.join(temp.dir, `rep-${repId}`);

function startRep(repId: string, hubUrls: string): Child {
  return Child.start(
    bundles['rep-child']!,
    [repDir(repId), hubUrls, repId, String(TOTAL), ZONE, '8'],
    {
      DIALDECK_HUB_TOKEN: TEAM_TOKEN,
    },
  );
}

async function outboxOf(repId: string): Promise<OutboxEntry[]> {
  const { store } = await openInlineStore({ dataDir: repDir(repId), migrations: REP_WITH_OUTBOX });
  const entries = await (await StoreOutbox.open(store)).after(0, Number.MAX_SAFE_INTEGER);
  await store.close();
  return entries;
}

/** A supervisor's view from one node, once it shows every rep's whole stream. */
async function settledView(hubUrl: string): Promise<FloorView> {
  const client = new SupervisorClient({ hubUrl, teamToken: TEAM_TOKEN });
  const view = await new Promise<FloorView>((resolve) => {
    const done = (candidate: FloorView) =>
      REPS.every((repId) => candidate.reps.find((row) => row.repId === repId)?.lastSeq === TOTAL);
    client.onView((candidate) => {
      if (done(candidate)) resolve(candidate);
    });
    client.start();
  });
  await client.stop();
  return view;
}

describe('two hub nodes under faults', () => {
  it(`keeps exact totals when a node is SIGKILLed and PostgreSQL restarts mid-stream (${REPS.length} reps × ${TOTAL} events)`, async () => {
    let a = await startNode('node-a', 0);
    const portA = Number(new URL(a.url).port);
    const b = await startNode('node-b', 0);
    const reps = REPS.map((repId, i) =>
      startRep(repId, i % 2 === 0 ? `${a.url}, ${b.url}` : `${b.url}, ${a.url}`),
    );

    // 1. Node A dies mid-stream: its reps move to node B and keep delivering.
    await reps[0]!.reach('acked', 60);
    await a.child.kill('SIGKILL');
    const ackedAtKill = reps.map((rep) => rep.count('acked'));
    await Promise.all(
      reps.map((rep, i) => rep.reach('acked', Math.min(TOTAL, ackedAtKill[i]! + 30))),
    );
    a = await startNode('node-a', portA);

    // 2. PostgreSQL stops mid-stream: reps keep working into their outboxes, then catch up.
    await cluster.stopServer();
    const enqueuedAtStop = reps.map((rep) => rep.count('enq'));
    await Promise.all(
      reps.map((rep, i) => rep.reach('enq', Math.min(TOTAL, enqueuedAtStop[i]! + 30))),
    );
    await cluster.startServer();

    await Promise.all(reps.map((rep) => rep.line(/^drained$/)));
    await Promise.all(reps.map((rep) => rep.kill('SIGTERM')));

    const db = await openHubDatabase({ kind: 'server', url: databaseUrl });
    const views = [await settledView(a.url), await settledView(b.url)];
    for (const repId of REPS) {
      const sent = await outboxOf(repId);
      expect(sent.map((entry) => entry.seq)).toEqual(
        Array.from({ length: TOTAL }, (_, i) => i + 1),
      );
      const { rows: stored } = await db.query(
        'SELECT event_id, seq FROM events WHERE rep_id = $1 ORDER BY id',
        [repId],
      );
      expect(stored, `${repId}: every event stored once, in seq order`).toEqual(
        sent.map((entry) => ({ event_id: entry.eventId, seq: entry.seq })),
      );
      const attempts = sent.flatMap((entry) => (entry.body.type === 'attempt' ? [entry.body] : []));
      for (const view of views) {
        expect(view.reps.find((row) => row.repId === repId)?.kpis).toMatchObject({
          dials: attempts.length,
          contacts: attempts.filter((x) => x.contact).length,
          conversions: attempts.filter((x) => x.conversion).length,
          talkSeconds: attempts.reduce((sum, x) => sum + x.talkSeconds, 0),
        });
      }
    }
    await db.close();
    expect((await a.child.kill('SIGTERM')).code).toBe(0);
    expect((await b.child.kill('SIGTERM')).code).toBe(0);
  }, 120_000);
});
