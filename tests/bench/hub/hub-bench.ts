import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { SupervisorClient } from '../../../electron/core/floor/client/supervisor-client';
import type { FloorView } from '../../../shared/floor/floor-view';
import { bundleForNode } from '../../support/bundle-for-node';
import { queryHubFolder } from '../../support/hub-db';
import { makeTempDir } from '../../support/temp-dir';
import { benchResult, summarize, timingRows, zeroRow, type BenchResult } from '../bench-kit';
import { HubProcess } from './hub-process';
import { LatencyProbe } from './latency-probe';
import { hubBenchOptions } from './options';
import { prng, SimRep } from './sim-rep';

const TOKEN = 'hub-bench-team-token-0123456789';
/** After the run, everything sent must be stored and on the floor within this long. */
const SETTLE_MS = 60_000;

/** An IANA zone where it is around midday now, so nobody's "today" ends during the run. */
function zoneAtMidday(now: number): string {
  const offset = 12 - new Date(now).getUTCHours();
  return offset === 0 ? 'Etc/GMT' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
}

/**
 * `npm run bench -- hub`: N simulated reps on one hub process on this machine, a supervisor
 * client following the floor. Events/s, event-to-floor latency, and whether the hub's totals
 * (its store and its floor) match exactly what the reps sent.
 */
export async function runHubBench(): Promise<BenchResult> {
  const options = hubBenchOptions();
  const temp = makeTempDir('dialdeck-bench-hub-');
  const loadBefore = os.loadavg();
  const bundles = await bundleForNode(
    { hub: 'electron/hub/main.ts', 'store-worker': 'electron/core/platform/store/worker-entry.ts' },
    'bench-hub',
  );
  const hubDir = path.join(temp.dir, 'hub');
  const hub = await HubProcess.start(bundles.hub!, [
    '--data-dir',
    hubDir,
    '--port',
    '0',
    '--host',
    '127.0.0.1',
    '--token',
    TOKEN,
  ]);
  const probe = new LatencyProbe();
  const supervisor = new SupervisorClient({ hubUrl: hub.url, teamToken: TOKEN });
  supervisor.onView((view) => probe.viewReceived(view, Date.now()));
  supervisor.start();

  const random = prng(options.seed);
  const zone = zoneAtMidday(Date.now());
  const reps = Array.from(
    { length: options.reps },
    (_, i) =>
      new SimRep({
        hubUrl: hub.url,
        teamToken: TOKEN,
        repId: `rep-${String(i + 1).padStart(3, '0')}`,
        timeZone: zone,
        speed: options.speed,
        random: prng(Math.floor(random() * 2 ** 32)),
        onCreated: (repId, seq, at) => probe.eventCreated(repId, seq, at),
      }),
  );
  const loop = monitorEventLoopDelay({ resolution: 10 });
  try {
    for (const rep of reps) rep.connect();
    await supervisor.whenView((view) => view.team.connected === options.reps);
    console.log(
      `hub bench: ${options.reps} reps connected to ${hub.url}; running ${options.seconds} s at ${options.speed}× a real floor's pace`,
    );

    loop.enable();
    const usageBefore = hub.usage();
    const started = Date.now();
    for (const rep of reps) rep.startWorking();
    await new Promise((resolve) => setTimeout(resolve, options.seconds * 1000));
    const lastSeqs = await Promise.all(reps.map((rep) => rep.stopWorking()));
    const sendingMs = Date.now() - started;

    let giveUp: NodeJS.Timeout | undefined;
    const settled = await Promise.race([
      Promise.all(reps.map((rep, i) => rep.connection.delivered(lastSeqs[i]!))).then(() =>
        supervisor.whenView((view) => floorReflects(view, reps, lastSeqs)),
      ),
      new Promise<null>((resolve) => (giveUp = setTimeout(() => resolve(null), SETTLE_MS))),
    ]);
    clearTimeout(giveUp);
    console.log(
      settled
        ? `hub bench: settled ${Date.now() - started - sendingMs} ms after the reps stopped`
        : `hub bench: NOT settled within ${SETTLE_MS} ms`,
    );
    const usageAfter = hub.usage();
    loop.disable();
    const finalView = settled ?? supervisor.latest();
    const loadAfter = os.loadavg();

    await Promise.all(reps.map((rep) => rep.connection.stop()));
    await supervisor.stop();
    const hubExit = await hub.stop();

    const sent = tallySent(reps);
    const stored = await tallyStored(hubDir);
    const onFloor = tallyFloor(finalView);
    const lost = sent.events - stored.distinctSentIds(sent.ids);
    const doubled = stored.rows - stored.distinct + Math.max(0, onFloor.dials - sent.dials);
    const totalsMatch =
      onFloor.dials === sent.dials &&
      onFloor.contacts === sent.contacts &&
      onFloor.conversions === sent.conversions &&
      onFloor.talkSeconds === sent.talkSeconds;
    const latency = summarize(probe.samples);
    const cpuSeconds =
      usageBefore && usageAfter ? usageAfter.cpuSeconds - usageBefore.cpuSeconds : Number.NaN;

    return benchResult('hub', [
      { metric: 'reps connected to one hub', value: options.reps, unit: 'reps' },
      { metric: 'sending time', value: sendingMs / 1000, unit: 's' },
      { metric: "pace (× a real floor's call timings)", value: options.speed, unit: '×' },
      { metric: 'events sent', value: sent.events, unit: 'events' },
      {
        metric: 'events stored and acknowledged per second',
        value: stored.rows / (sendingMs / 1000),
        unit: 'events/s',
      },
      ...timingRows('event → floor view latency', latency, 1000),
      { metric: 'floor views pushed to the supervisor', value: probe.views, unit: 'views' },
      zeroRow('events lost', lost, 'events'),
      zeroRow('events double-counted', doubled, 'events'),
      {
        metric: 'floor totals = sent (dials, contacts, conversions, talk)',
        value: totalsMatch ? 1 : 0,
        unit: 'yes=1',
        target: '1',
        pass: totalsMatch,
      },
      { metric: 'dials on the floor', value: onFloor.dials, unit: 'dials' },
      {
        metric: 'hub CPU while running',
        value: (cpuSeconds / ((sendingMs + 1) / 1000)) * 100,
        unit: '% of a core',
      },
      { metric: 'hub resident memory', value: usageAfter?.rssMb ?? Number.NaN, unit: 'MB' },
      {
        metric: `bench process (${options.reps} reps + supervisor) event-loop delay p99`,
        value: loop.percentile(99) / 1e6,
        unit: 'ms',
      },
      { metric: 'load average (1 min) before', value: loadBefore[0] ?? Number.NaN, unit: '' },
      { metric: 'load average (1 min) after', value: loadAfter[0] ?? Number.NaN, unit: '' },
      { metric: 'hub exit code after SIGTERM', value: hubExit ?? Number.NaN, unit: '' },
    ]);
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

async function tallyStored(hubDir: string) {
  const rows = await queryHubFolder<{ event_id: string }>(hubDir, 'SELECT event_id FROM events');
  const distinct = new Set(rows.map((row) => row.event_id));
  return {
    rows: rows.length,
    distinct: distinct.size,
    distinctSentIds: (sentIds: ReadonlySet<string>) =>
      [...sentIds].filter((id) => distinct.has(id)).length,
  };
}

function tallyFloor(view: FloorView | null) {
  const kpis = view?.team.kpis;
  return {
    dials: kpis?.dials ?? 0,
    contacts: kpis?.contacts ?? 0,
    conversions: kpis?.conversions ?? 0,
    talkSeconds: kpis?.talkSeconds ?? 0,
  };
}
