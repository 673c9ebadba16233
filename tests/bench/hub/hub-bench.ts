import { startPgCluster } from '../../support/pg-cluster';
import { benchResult, type BenchResult, type BenchRow } from '../bench-kit';
import { runHubScenario } from './hub-scenario';
import { hubBenchOptions } from './options';

/** `npm run bench -- hub`: 300 reps on one embedded hub at 10× a real floor's pace (defaults). */
export async function runHubBench(): Promise<BenchResult> {
  const options = hubBenchOptions();
  const { rows } = await runHubScenario({ ...options, nodes: 1 });
  return benchResult('hub', rows);
}

/**
 * `npm run bench -- hub-nodes`: 2,000 reps over two hub nodes sharing one PostgreSQL server
 * (a throwaway cluster on this machine), a supervisor on each node.
 */
export async function runHubNodesBench(): Promise<BenchResult> {
  const options = hubBenchOptions({ HUB_BENCH_REPS: '2000', ...process.env });
  const cluster = await startPgCluster();
  try {
    const database = await cluster.createDatabase();
    const { rows } = await runHubScenario({
      ...options,
      nodes: Number(process.env.HUB_BENCH_NODES ?? 2),
      database: { url: database.url, cpuSeconds: () => cluster.cpuSeconds() },
    });
    return benchResult('hub-nodes', rows);
  } finally {
    await cluster.stop();
  }
}

/**
 * `npm run bench -- hub-saturation`: one embedded node, the pace doubled each step until the
 * event → floor p95 passes 1 s (or events are lost): the load one node carries.
 */
export async function runHubSaturationBench(): Promise<BenchResult> {
  const options = hubBenchOptions({ HUB_BENCH_SECONDS: '20', ...process.env });
  const rows: BenchRow[] = [];
  let carried = 0;
  let saturatedAt = Number.NaN;
  for (let speed = options.speed; speed <= options.speed * 64; speed *= 2) {
    const outcome = await runHubScenario({ ...options, speed, nodes: 1 });
    rows.push({
      metric: `${options.reps} reps at ${speed}×: events/s, p95 ${Math.round(outcome.p95)} ms`,
      value: outcome.eventsPerSecond,
      unit: 'events/s',
    });
    if (outcome.p95 > 1_000 || outcome.lost > 0) {
      saturatedAt = outcome.eventsPerSecond;
      break;
    }
    carried = outcome.eventsPerSecond;
  }
  rows.push(
    { metric: 'highest load with p95 ≤ 1 s', value: carried, unit: 'events/s' },
    { metric: 'first load with p95 > 1 s', value: saturatedAt, unit: 'events/s' },
  );
  return benchResult('hub-saturation', rows);
}
