import path from 'node:path';
import { createNodeCore } from '../../../electron/core/app/create-node-core';
import type { Core } from '../../../electron/core/app/create-core';
import { shiftedClock } from '../../../electron/core/app/shifted-clock';
import { createLogger } from '../../../electron/core/platform/log/logger';
import { systemClock } from '../../../electron/core/platform/system-clock';
import { LeadLocks } from '../../../electron/core/dialing/lead-locks';
import { QueueCampaigns } from '../../../electron/core/queue/store/queue-campaigns';
import { createSimulatedLine } from '../../../electron/core/telephony/simulated/simulated-line';
import { StoreSessionPorts } from '../../../electron/core/dialing/store-session-ports';
import type { SessionSnapshot } from '../../../shared/domain/session';
import { makeTempDir } from '../../support/temp-dir';
import { benchResult, summarize, timingRows, watchLoad, type BenchResult } from '../bench-kit';
import { fillLeads } from '../store/store-bench';
import { TimedLine } from './timed-line';

const LEADS = Number(process.env.BENCH_LEADS ?? 100_000);
const WARM_UP = 20;
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 300);
const HURRIED = 100;
/** A Tuesday at 17:00 UTC: 12:00 in New York, 09:00 in Los Angeles, every bench zone is open. */
const BENCH_TIME = Date.UTC(2026, 2, 10, 17, 0, 0);

/**
 * The rep's loop at 100k leads, app side: from the outcome confirmed (dispatcher 'session.confirm')
 * to the next provider.dial() (zero ring time, so the line never waits), and to kpi.changed.
 * Each iteration gives the session time to settle in wrap-up first, as a rep's seconds there do.
 */
export async function runSessionBench(): Promise<BenchResult> {
  const temp = makeTempDir('dialdeck-bench-session-');
  const load = watchLoad();
  const clock = shiftedClock(systemClock, BENCH_TIME);
  const line = new TimedLine(
    createSimulatedLine(clock, {
      seed: 1,
      speed: 'instant',
      outcomes: Array.from(
        { length: 2 * WARM_UP + ITERATIONS + HURRIED + 5 },
        () => 'answer' as const,
      ),
    }),
  );
  const core = await createNodeCore({
    dataDir: temp.dir,
    resourcesDir: path.resolve('resources'),
    mode: 'browser',
    version: 'bench',
    log: createLogger(() => undefined),
    seedDemo: false,
    clock,
    telephonyProvider: line,
    settingsOverrides: { repId: 'bench-rep', repTimeZone: 'America/Chicago', dialMode: 'power' },
  });
  try {
    await fillLeads(core.store, LEADS, clock.now());
    await core.store.snapshot();

    await call(core, 'session.start');
    await until(core, (s) => s.state === 'connected');
    const settled = await workLeads(core, line, WARM_UP + ITERATIONS, true);
    const hurried = await workLeads(core, line, WARM_UP + HURRIED, false);
    await call(core, 'session.pause', 'other');
    await call(core, 'session.hangup');
    await call(core, 'session.selectOutcome', 'not-interested');
    await call(core, 'session.confirm');

    const lookUps = await measureLookUps(core);
    const dial = summarize(settled.toDial);
    const kpi = summarize(settled.toKpi);
    const answer = summarize(settled.toAnswer);
    const lookUp = summarize(lookUps);
    const hurriedDial = summarize(hurried.toDial);
    return benchResult('session', [
      { metric: 'leads in store', value: LEADS, unit: 'leads' },
      { metric: 'iterations (after warm-up)', value: ITERATIONS, unit: 'outcomes' },
      { metric: '1-min load average at start', value: load.atStart, unit: '' },
      ...timingRows('confirm → next provider.dial()', dial, 20),
      { metric: 'confirm → kpi.changed, median', value: kpi.median, unit: 'ms' },
      { metric: 'confirm → kpi.changed, p95', value: kpi.p95, unit: 'ms' },
      { metric: 'confirm → dispatcher answer, median', value: answer.median, unit: 'ms' },
      { metric: 'confirm → dispatcher answer, p95', value: answer.p95, unit: 'ms' },
      {
        metric: 'confirm at once after hang-up (look-up still running) → dial, median',
        value: hurriedDial.median,
        unit: 'ms',
      },
      {
        metric: 'confirm at once after hang-up (look-up still running) → dial, p95',
        value: hurriedDial.p95,
        unit: 'ms',
      },
      { metric: 'next-lead look-up (during wrap-up), median', value: lookUp.median, unit: 'ms' },
      { metric: 'next-lead look-up (during wrap-up), p95', value: lookUp.p95, unit: 'ms' },
    ]);
  } finally {
    await core.close();
    temp.remove();
  }
}

interface Samples {
  toDial: number[];
  toKpi: number[];
  toAnswer: number[];
}

/**
 * Hang up, choose, confirm, `count` times. `settle`: wait in wrap-up until the session is idle
 * inside (the next lead looked up), as a rep's few seconds there allow; otherwise confirm at once.
 */
async function workLeads(
  core: Core,
  line: TimedLine,
  count: number,
  settle: boolean,
): Promise<Samples> {
  const samples: Samples = { toDial: [], toKpi: [], toAnswer: [] };
  for (let i = 0; i < count; i++) {
    await call(core, 'session.hangup');
    await call(core, 'session.selectOutcome', 'not-interested');
    if (settle) await core.session.settled();
    const dials = line.dialedAt.length;
    const kpi = nextEventAt(core, 'kpi.changed');
    const connected = until(core, (s) => s.state === 'connected' && line.dialedAt.length > dials);
    const started = performance.now();
    await call(core, 'session.confirm');
    const answered = performance.now();
    const kpiAt = await kpi;
    await connected;
    if (i < WARM_UP) continue;
    samples.toDial.push((line.dialedAt[dials] ?? Number.NaN) - started);
    samples.toKpi.push(kpiAt - started);
    samples.toAnswer.push(answered - started);
  }
  return samples;
}

async function call(core: Core, method: string, ...args: unknown[]): Promise<SessionSnapshot> {
  const result = await core.dispatcher.dispatch(method, args);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as SessionSnapshot;
}

function until(core: Core, test: (snapshot: SessionSnapshot) => boolean): Promise<SessionSnapshot> {
  const now = core.session.snapshot();
  if (test(now)) return Promise.resolve(now);
  return new Promise((resolve) => {
    const stop = core.events.subscribe((event, payload) => {
      if (event === 'session.changed' && test(payload as SessionSnapshot)) {
        stop();
        resolve(payload as SessionSnapshot);
      }
    });
  });
}

function nextEventAt(core: Core, name: 'kpi.changed'): Promise<number> {
  return new Promise((resolve) => {
    const stop = core.events.subscribe((event) => {
      if (event !== name) return;
      stop();
      resolve(performance.now());
    });
  });
}

/** The query the session runs in wrap-up for the next lead, alone, on the same store. */
async function measureLookUps(core: Core): Promise<number[]> {
  const locks = new LeadLocks();
  const ports = new StoreSessionPorts({
    store: core.store,
    campaigns: new QueueCampaigns(core.store, core.log),
    locks,
    clock: core.clock,
    repId: 'bench-look-up',
  });
  const samples: number[] = [];
  for (let i = 0; i < 200; i++) {
    const started = performance.now();
    const offer = await ports.nextLead();
    samples.push(performance.now() - started);
    if (offer) locks.unlock(offer.lead.id);
  }
  return samples.slice(10);
}
