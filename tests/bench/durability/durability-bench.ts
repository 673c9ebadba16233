import { crashLane } from '../../support/crash-lane';
import { bundleCrashWriter } from '../../support/crash-run';
import { runFaultCase, type FaultCaseResult } from '../../support/fault-case';
import { prng } from '../../support/prng';
import { benchResult, zeroRow, type BenchResult, type BenchRow } from '../bench-kit';

const KILLS = Number(process.env.BENCH_CRASH_KILLS ?? 500);
const FAULT_CASES = Number(process.env.BENCH_FAULT_CASES ?? 200);
const LANES = 2;
const SEED = Number(process.env.BENCH_SEED ?? 20261207);

/**
 * The long durability runs outside `npm test`: 500 random SIGKILLs of a writer, then hundreds of
 * data folders damaged at random (cut, flipped, deleted bytes in every kind of file) after kill -9.
 */
export async function runDurabilityBench(): Promise<BenchResult> {
  const bundles = await bundleCrashWriter();
  const started = performance.now();
  const lanes = await Promise.all(
    Array.from({ length: LANES }, (_, index) =>
      crashLane(bundles, index, Math.ceil(KILLS / LANES), SEED),
    ),
  );
  const crashSeconds = (performance.now() - started) / 1000;
  const sum = (pick: (lane: (typeof lanes)[number]) => number) =>
    lanes.reduce((total, lane) => total + pick(lane), 0);

  const faultStarted = performance.now();
  const faults = (
    await Promise.all(
      Array.from({ length: LANES }, async (_, index) => {
        const random = prng(SEED + 100 + index);
        const results: FaultCaseResult[] = [];
        for (let n = 0; n < Math.ceil(FAULT_CASES / LANES); n++) {
          results.push(await runFaultCase(bundles, random, `F${index}${n}`));
        }
        return results;
      }),
    )
  ).flat();
  const faultSeconds = (performance.now() - faultStarted) / 1000;
  for (const result of faults) {
    if (result.silent || (result.provable && result.lost > 0)) console.log('failing case', result);
  }
  const count = (test: (result: FaultCaseResult) => boolean) => faults.filter(test).length;

  const rows: BenchRow[] = [
    {
      metric: 'SIGKILLs at random moments',
      value: sum((lane) => lane.kills),
      unit: 'kills',
      target: '≥ 500',
      pass: sum((lane) => lane.kills) >= 500,
    },
    { metric: 'outcomes acknowledged', value: sum((lane) => lane.acknowledged), unit: 'writes' },
    zeroRow(
      'acknowledged outcomes lost',
      sum((lane) => lane.lost.length),
      'writes',
    ),
    zeroRow(
      'half-landed writes',
      sum((lane) => lane.torn),
      'writes',
    ),
    zeroRow(
      'false loss reports',
      sum((lane) => lane.falseLossReports),
      'opens',
    ),
    { metric: 'crash run time', value: crashSeconds, unit: 's' },
    { metric: 'fault cases run', value: faults.length, unit: 'cases' },
    ...(
      ['snapshot', 'backup', 'covered-segment', 'live-segment', 'ack-mark', 'settings'] as const
    ).map((kind) => ({
      metric: `  cases damaging: ${kind}`,
      value: count((r) => r.kind === kind),
      unit: 'cases',
    })),
    { metric: 'opened as they were', value: count((r) => r.outcome === 'opened'), unit: 'cases' },
    {
      metric: 'refused, then recovered',
      value: count((r) => r.outcome === 'recovered'),
      unit: 'cases',
    },
    {
      metric: 'refused, not recoverable (said so)',
      value: count((r) => r.outcome === 'unrecoverable'),
      unit: 'cases',
    },
    zeroRow(
      'damage served without a word',
      count((r) => r.silent),
      'cases',
    ),
    {
      metric: 'acknowledged lost where provable',
      value: faults.filter((r) => r.provable).reduce((t, r) => t + r.lost, 0),
      unit: 'writes',
      target: '0',
      pass: faults.every((r) => !r.provable || r.lost === 0),
    },
    {
      metric: 'acknowledged lost, live journal damaged',
      value: faults.filter((r) => !r.provable).reduce((t, r) => t + r.lost, 0),
      unit: 'writes',
    },
    {
      metric: '  of which reported',
      value: faults
        .filter((r) => !r.provable)
        .reduce((t, r) => t + Math.min(r.lost, r.reportedLost), 0),
      unit: 'writes',
    },
    { metric: 'fault run time', value: faultSeconds, unit: 's' },
  ];
  return benchResult('durability', rows);
}
