import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { SupervisorClient } from '../../../electron/core/floor/client/supervisor-client';
import type { FloorView } from '../../../shared/floor/floor-view';
import { bundleForNode } from '../../support/bundle-for-node';
import { queryHubFolder } from '../../support/hub-db';
import { makeTempDir } from '../../support/temp-dir';
import { openHubDatabase } from '../../../electron/hub/db';
import { summarize, timingRows, zeroRow, type BenchRow } from '../bench-kit';
import { HubProcess } from './hub-process';
import { LatencyProbe } from './latency-probe';
import { prng, SimRep } from './sim-rep';

const TOKEN = 'hub-bench-team-token-0123456789';
/** After the run, everything sent must be stored and on the floor within this long. */
const SETTLE_MS = 60_000;

/** An IANA zone where it is around midday now, so nobody's "today" ends during the run. */
function zoneAtMidday(now: number): string {
  const offset = 12 - new Date(now).getUTCHours();
  return offset === 0 ? 'Etc/GMT' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
}

export interface HubScenario {
  reps: number;
  seconds: number;
  speed: number;
  seed: number;
  /** Hub processes; with more than one they share one PostgreSQL server's database. */
  nodes: number;
  /** A server's database; none: one node on its embedded database. */
  database?: { url: string; cpuSeconds: () => number };
}

export interface ScenarioOutcome {
  rows: BenchRow[];
  /** Event → floor view latency p95 over every node's supervisor, in ms. */
  p95: number;
  eventsPerSecond: number;
  lost: number;
  doubled: number;
}

/**
 * N simulated reps spread over the hub nodes (each rep lists its own node first, the others
 * after), one supervisor client per node following the floor. Events/s, event-to-floor latency
 * on every node, and whether the stored events and each node's floor match what reps sent.
 */
export async function runHubScenario(scenario: HubScenario): Promise<ScenarioOutcome> {
  const temp = makeTempDir('dialdeck-bench-hub-');
  const loadBefore = os.loadavg();
  const bundles = await bundleForNode({ hub: 'electron/hub/main.ts' }, 'bench-hub');
  const nodeDir = (i: number) => path.join(temp.dir, `hub-${i}`);
  const hubs: HubProcess[] = [];
  for (let i = 0; i < scenario.nodes; i++) {
    hubs.push(
      await HubProcess.start(
        bundles.hub!,
        ['--data-dir', nodeDir(i), '--port', '0', '--host', '127.0.0.1', '--node-id', `node-${i}`],
        {
          DIALDECK_HUB_TOKEN: TOKEN,
          ...(scenario.database ? { DIALDECK_DATABASE_URL: scenario.database.url } : {}),
        },
      ),
    );
  }
  const probes = hubs.map(() => new LatencyProbe());
  const supervisors = hubs.map((hub, i) => {
    const supervisor = new SupervisorClient({ hubUrl: hub.url, teamToken: TOKEN });
    supervisor.onView((view) => probes[i]!.viewReceived(view, Date.now()));
    supervisor.start();
    return supervisor;
  });

  const random = prng(scenario.seed);
  const zone = zoneAtMidday(Date.now());
  const reps = Array.from({ length: scenario.reps }, (_, i) => {
    const own = i % hubs.length;
    const hubUrl = hubs.map((_, k) => hubs[(own + k) % hubs.length]!.url).join(', ');
    return new SimRep({
      hubUrl,
      teamToken: TOKEN,
      repId: `rep-${String(i + 1).padStart(4, '0')}`,
      timeZone: zone,
      speed: scenario.speed,
      random: prng(Math.floor(random() * 2 ** 32)),
      onCreated: (repId, seq, at) => {
        for (const probe of probes) probe.eventCreated(repId, seq, at);
      },
    });
  });
  const loop = monitorEventLoopDelay({ resolution: 10 });
  try {
    for (const rep of reps) rep.connect();
    await Promise.all(
      supervisors.map((supervisor) =>
        supervisor.whenView((view) => view.team.connected === scenario.reps),
      ),
    );
    console.log(
      `hub bench: ${scenario.reps} reps connected to ${hubs.length} node(s) on the ` +
        `${scenario.database ? 'server' : 'embedded'} database; running ${scenario.seconds} s ` +
        `at ${scenario.speed}× a real floor's pace`,
    );

    loop.enable();
    const usageBefore = hubs.map((hub) => hub.usage());
    const databaseBefore = scenario.database?.cpuSeconds() ?? Number.NaN;
    const started = Date.now();
    for (const rep of reps) rep.startWorking();
    await new Promise((resolve) => setTimeout(resolve, scenario.seconds * 1000));
    const lastSeqs = await Promise.all(reps.map((rep) => rep.stopWorking()));
    const sendingMs = Date.now() - started;
    const usageAfter = hubs.map((hub) => hub.usage());
    const databaseAfter = scenario.database?.cpuSeconds() ?? Number.NaN;

    let giveUp: NodeJS.Timeout | undefined;
    const settled = await Promise.race([
      Promise.all(reps.map((rep, i) => rep.connection.delivered(lastSeqs[i]!))).then(() =>
        Promise.all(
          supervisors.map((supervisor) =>
            supervisor.whenView((view) => floorReflects(view, reps, lastSeqs)),
          ),
        ),
      ),
      new Promise<null>((resolve) => (giveUp = setTimeout(() => resolve(null), SETTLE_MS))),
    ]);
    clearTimeout(giveUp);
    console.log(
      settled
        ? `hub bench: settled ${Date.now() - started - sendingMs} ms after the reps stopped`
        : `hub bench: NOT settled within ${SETTLE_MS} ms`,
    );
    loop.disable();
    const finalViews = settled ?? supervisors.map((supervisor) => supervisor.latest());
    const loadAfter = os.loadavg();

    await Promise.all(reps.map((rep) => rep.connection.stop()));
    await Promise.all(supervisors.map((supervisor) => supervisor.stop()));
    const exits = await Promise.all(hubs.map((hub) => hub.stop()));
    hubs.forEach((hub, i) => {
      const lines = hub.stderr().split('\n').filter(Boolean);
      if (lines.length > 0) {
        console.log(`hub node ${i} wrote ${lines.length} lines to stderr; the last ones:`);
        console.log(lines.slice(-8).join('\n'));
      }
    });

    const sent = tallySent(reps);
    const stored = await tallyStored(
      scenario.database ? { url: scenario.database.url } : { dataDir: nodeDir(0) },
    );
    const floors = finalViews.map(tallyFloor);
    const lost = sent.events - stored.distinctSentIds(sent.ids);
    const overCounted = Math.max(0, ...floors.map((floor) => floor.dials - sent.dials));
    const doubled = stored.rows - stored.distinct + overCounted;
    const totalsMatch = floors.every(
      (floor) =>
        floor.dials === sent.dials &&
        floor.contacts === sent.contacts &&
        floor.conversions === sent.conversions &&
        floor.talkSeconds === sent.talkSeconds,
    );
    const latencies = probes.map((probe) => summarize(probe.samples));
    const all = summarize(probes.flatMap((probe) => probe.samples));
    const seconds = (sendingMs + 1) / 1000;
    const eventsPerSecond = stored.rows / (sendingMs / 1000);
    const cpuRows: BenchRow[] = hubs.map((_, i) => {
      const before = usageBefore[i];
      const after = usageAfter[i];
      const cpu = before && after ? after.cpuSeconds - before.cpuSeconds : Number.NaN;
      return {
        metric: `hub node ${i} CPU while running`,
        value: (cpu / seconds) * 100,
        unit: '% of a core',
      };
    });

    const rows: BenchRow[] = [
      { metric: 'reps', value: scenario.reps, unit: 'reps' },
      { metric: 'hub nodes', value: hubs.length, unit: 'nodes' },
      { metric: 'database', value: scenario.database ? 1 : 0, unit: 'server=1, embedded=0' },
      { metric: 'sending time', value: sendingMs / 1000, unit: 's' },
      { metric: "pace (× a real floor's call timings)", value: scenario.speed, unit: '×' },
      { metric: 'events sent', value: sent.events, unit: 'events' },
      {
        metric: 'events stored and acknowledged per second',
        value: eventsPerSecond,
        unit: 'events/s',
      },
      ...timingRows('event → floor view latency, every node', all, 1000),
      ...latencies.flatMap((latency, i) =>
        hubs.length > 1 ? timingRows(`event → floor view latency on node ${i}`, latency, 1000) : [],
      ),
      zeroRow('events lost', lost, 'events'),
      zeroRow('events double-counted', doubled, 'events'),
      {
        metric: "every node's floor totals = sent (dials, contacts, conversions, talk)",
        value: totalsMatch ? 1 : 0,
        unit: 'yes=1',
        target: '1',
        pass: totalsMatch,
      },
      { metric: 'dials on the floor', value: floors[0]?.dials ?? 0, unit: 'dials' },
      ...cpuRows,
      ...(scenario.database
        ? [
            {
              metric: 'PostgreSQL server CPU while running',
              value: ((databaseAfter - databaseBefore) / seconds) * 100,
              unit: '% of a core',
            },
          ]
        : []),
      ...usageAfter.map((usage, i) => ({
        metric: `hub node ${i} resident memory`,
        value: usage?.rssMb ?? Number.NaN,
        unit: 'MB',
      })),
      {
        metric: `bench process (${scenario.reps} reps + supervisors) event-loop delay p99`,
        value: loop.percentile(99) / 1e6,
        unit: 'ms',
      },
      { metric: 'load average (1 min) before', value: loadBefore[0] ?? Number.NaN, unit: '' },
      { metric: 'load average (1 min) after', value: loadAfter[0] ?? Number.NaN, unit: '' },
      {
        metric: 'hub exit codes after SIGTERM (all 0)',
        value: exits.every((code) => code === 0) ? 0 : 1,
        unit: '',
      },
    ];
    return { rows, p95: all.p95, eventsPerSecond, lost, doubled };
  } finally {
    temp.remove();
  }
}

function floorReflects(
  view: FloorView,
  reps: readonly SimRep[],
  lastSeqs: readonly number[],
): boolean {
  const bySeq = new Map(view.reps.map((row) => [row.repId, row.lastSeq]));
  return reps.every((rep, i) => (bySeq.get(rep.repId) ?? 0) >= lastSeqs[i]!);
}

function tallySent(reps: readonly SimRep[]) {
  const ids = new Set<string>();
  const totals = { events: 0, dials: 0, contacts: 0, conversions: 0, talkSeconds: 0, ids };
  for (const rep of reps) {
    for (const entry of rep.outbox.all()) {
      totals.events++;
      ids.add(entry.eventId);
      if (entry.body.type !== 'attempt') continue;
      totals.dials++;
      if (entry.body.contact) totals.contacts++;
      if (entry.body.conversion) totals.conversions++;
      totals.talkSeconds += entry.body.talkSeconds;
    }
  }
  return totals;
}

async function tallyStored(place: { dataDir: string } | { url: string }) {
  const text = 'SELECT event_id FROM events';
  let rows: { event_id: string }[];
  if ('dataDir' in place) rows = await queryHubFolder(place.dataDir, text);
  else {
    const db = await openHubDatabase({ kind: 'server', url: place.url });
    rows = (await db.query<{ event_id: string }>(text)).rows;
    await db.close();
  }
  const distinct = new Set(rows.map((row) => row.event_id));
  return {
    rows: rows.length,
    distinct: distinct.size,
    distinctSentIds: (sentIds: ReadonlySet<string>) =>
      [...sentIds].filter((id) => distinct.has(id)).length,
  };
}

function tallyFloor(view: FloorView | null | undefined) {
  const kpis = view?.team.kpis;
  return {
    dials: kpis?.dials ?? 0,
    contacts: kpis?.contacts ?? 0,
    conversions: kpis?.conversions ?? 0,
    talkSeconds: kpis?.talkSeconds ?? 0,
  };
}
