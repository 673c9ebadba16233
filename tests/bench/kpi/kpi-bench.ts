import { computeKpiSnapshot } from '../../../shared/kpi';
import { heavyKpiDay } from '../../unit/kpi/heavy-day';
import { benchResult, summarize, timingRows, watchLoad, type BenchResult } from '../bench-kit';

const WARM_UP = 50;
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 2_000);
const TARGET_MEAN_MS = 1;

/**
 * The KPI strip's cost: computeKpiSnapshot runs on every outcome, over the rep's attempts of two
 * days (tests/unit/kpi/heavy-day.ts: 500 dials on 300 leads), so it must stay well under a
 * millisecond. Each run is timed on its own, after a warm-up.
 */
export async function runKpiBench(): Promise<BenchResult> {
  const input = heavyKpiDay();
  const load = watchLoad();
  for (let run = 0; run < WARM_UP; run++) computeKpiSnapshot(input);
  const samples: number[] = [];
  let dials = 0;
  for (let run = 0; run < ITERATIONS; run++) {
    const started = performance.now();
    dials = computeKpiSnapshot(input).dials;
    samples.push(performance.now() - started);
  }
  const meanMs = samples.reduce((sum, ms) => sum + ms, 0) / samples.length;
  const timing = summarize(samples);
  return benchResult('kpi', [
    {
      metric: 'attempts in the input (two days)',
      value: input.attempts.length,
      unit: 'attempts',
    },
    { metric: "of which today's dials", value: dials, unit: 'dials' },
    { metric: 'snapshots timed', value: ITERATIONS, unit: 'runs' },
    {
      metric: 'snapshot, mean',
      value: meanMs,
      unit: 'ms',
      target: `< ${TARGET_MEAN_MS}`,
      pass: meanMs < TARGET_MEAN_MS,
    },
    ...timingRows('snapshot', timing),
    load.row(),
  ]);
}
