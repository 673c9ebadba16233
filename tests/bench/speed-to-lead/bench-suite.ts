import { benchResult, zeroRow, type BenchResult, type BenchRow } from '../bench-kit';
import { formatReport } from './report';
import { runSpeedToLeadSimulation } from './run';

/** The simulator as an `npm run bench` suite: the default day, with the pass criteria. */
export async function runSpeedToLeadBench(): Promise<BenchResult> {
  const result = runSpeedToLeadSimulation();
  console.log(`\n${formatReport(result)}`);
  const [dialdeck, ...others] = result.policies.slice(0, 3);
  if (!dialdeck) throw new Error('The simulation returned no policies');
  const bestBaseline = Math.max(...others.map((policy) => policy.metrics.all.within1Hour));
  const rows: BenchRow[] = result.policies.slice(0, 3).flatMap(({ name, metrics }) => [
    { metric: `${name}: first dial within 5 min`, value: metrics.all.within5Min * 100, unit: '%' },
    {
      metric: `${name}: first dial within 1 h`,
      value: metrics.all.within1Hour * 100,
      unit: '%',
      ...(name === dialdeck.name && {
        target: `> ${(bestBaseline * 100).toFixed(1)} (best baseline)`,
        pass: metrics.all.within1Hour > bestBaseline,
      }),
    },
    {
      metric: `${name}: median response`,
      value: metrics.all.medianResponseMinutes ?? Number.NaN,
      unit: 'min',
    },
    zeroRow(`${name}: DNC, window and calling-rules violations`, metrics.violations.total, 'dials'),
  ]);
  return benchResult('speed-to-lead', rows);
}
