import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoreOutbox } from '../../../electron/core/floor/outbox/store-outbox';
import { openInlineStore } from '../../../electron/core/platform/store/open-store';
import type { OutboxEntry } from '../../../electron/core/floor/outbox/outbox';
import { bundleForNode } from '../../support/bundle-for-node';
import { queryHubFolder } from '../../support/hub-db';
import { makeTempDir } from '../../support/temp-dir';
import { Child } from './support/child';
import { zoneAtMidday } from './support/floor-events';
import { REP_WITH_OUTBOX } from './support/rep-schema';
import { startTestHub, TEAM_TOKEN } from './support/test-hub';

const TOTAL = Number(process.env.FLOOR_FAULT_EVENTS ?? 400);
const REPS = ['ana', 'bo', 'cy'];
const ZONE = zoneAtMidday(Date.now());

let bundles: Record<string, string>;
let temp: ReturnType<typeof makeTempDir>;
beforeAll(async () => {
  // The worker sits beside the entry points, where a built app looks for it.
  bundles = await bundleForNode(
    {
      hub: 'electron/hub/main.ts',
      'rep-child': 'tests/unit/hub/support/rep-child.ts',
      'store-worker': 'electron/core/platform/store/worker-entry.ts',
    },
    'floor-fault',
  );
  temp = makeTempDir('dialdeck-floor-fault-');
});
afterAll(async () => {
  await Child.killAll();
  temp.remove();
});

const hubDir = () => path.join(temp.dir, 'hub');
const repDir = (repId: string) => path.join(temp.dir, `rep-${repId}`);

async function startHubProcess(port: number): Promise<{ child: Child; url: string }> {
  const child = Child.start(bundles.hub!, [
    '--data-dir',
    hubDir(),
    '--port',
    String(port),
    '--host',
    '127.0.0.1',
    '--token',
    TEAM_TOKEN,
  ]);
  const [, url] = await child.line(/^Dialdeck hub ready: (\S+)$/);
  return { child, url: url! };
}

function startRep(repId: string, hubUrl: string): Child {
  // A small window: a backlog takes many round trips, so a kill lands mid-delivery.
  const window = '8';
  return Child.start(
    bundles['rep-child']!,
    [repDir(repId), hubUrl, repId, String(TOTAL), ZONE, window],
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

describe('floor fault tolerance', () => {
  it(`keeps exact totals when the hub is SIGKILLed twice mid-stream and a rep mid-delivery (${REPS.length} reps × ${TOTAL} events)`, async () => {
    let hub = await startHubProcess(0);
    const port = Number(new URL(hub.url).port);
    const reps = new Map(REPS.map((repId) => [repId, startRep(repId, hub.url)]));
    const rep = (repId: string) => reps.get(repId)!;

    // 1. The hub dies while events stream in; reps keep working into their outboxes.
    await rep('ana').reach('acked', 60);
    await hub.child.kill('SIGKILL');
    expect(rep('ana').count('acked')).toBeLessThan(TOTAL);
    const enqueuedAtKill = REPS.map((repId) => rep(repId).count('enq'));
    await Promise.all(
      REPS.map((repId, i) => rep(repId).reach('enq', Math.min(TOTAL, enqueuedAtKill[i]! + 40))),
    );
    hub = await startHubProcess(port);

    // 2. A rep's app dies while its backlog is being delivered, and is started again.
    await rep('bo').reach('acked', rep('bo').count('acked') + 10);
    await rep('bo').kill('SIGKILL');
    expect(rep('bo').count('acked')).toBeLessThan(TOTAL);
    reps.set('bo', startRep('bo', hub.url));

    // 3. The hub dies once more, mid-backlog.
    await rep('cy').reach('acked', Math.min(TOTAL - 20, rep('cy').count('acked') + 40));
    await hub.child.kill('SIGKILL');
    hub = await startHubProcess(port);

    await Promise.all(REPS.map((repId) => rep(repId).line(/^drained$/)));
    await Promise.all(REPS.map((repId) => rep(repId).kill('SIGTERM')));
    expect((await hub.child.kill('SIGTERM')).code).toBe(0);

    // Every rep's outbox, the source of truth, against the hub's store and its floor.
    const verified = await readHub();
    for (const repId of REPS) {
      const sent = await outboxOf(repId);
      expect(sent.map((entry) => entry.seq)).toEqual(
        Array.from({ length: TOTAL }, (_, i) => i + 1),
      );
      const stored = verified.events.get(repId);
      expect(stored, `${repId}: events stored once each, in seq order`).toEqual(
        sent.map((entry) => ({ event_id: entry.eventId, seq: entry.seq })),
      );
      const attempts = sent.flatMap((entry) => (entry.body.type === 'attempt' ? [entry.body] : []));
      expect(verified.hub.floor.view().reps.find((row) => row.repId === repId)).toMatchObject({
        lastSeq: TOTAL,
        kpis: {
          dials: attempts.length,
          contacts: attempts.filter((a) => a.contact).length,
          conversions: attempts.filter((a) => a.conversion).length,
          talkSeconds: attempts.reduce((sum, a) => sum + a.talkSeconds, 0),
        },
      });
      const escalations = sent.filter((entry) => entry.body.type === 'escalation').length;
      expect(verified.escalations.get(repId)).toBe(escalations);
    }
    await verified.hub.close();
  }, 300_000);
});

/** The hub's stored events, then the hub itself on that folder: its floor is rebuilt from disk. */
async function readHub() {
  const events = new Map<string, { event_id: string; seq: number }[]>();
  const escalations = new Map<string, number>();
  for (const repId of REPS) {
    events.set(
      repId,
      await queryHubFolder(
        hubDir(),
        'SELECT event_id, seq FROM events WHERE rep_id = $1 ORDER BY seq',
        [repId],
      ),
    );
    const [row] = await queryHubFolder<{ n: number }>(
      hubDir(),
      'SELECT count(*)::int AS n FROM escalations WHERE rep_id = $1',
      [repId],
    );
    escalations.set(repId, row?.n ?? 0);
  }
  const { hub } = await startTestHub(hubDir());
  return { events, escalations, hub };
}
