/**
 * How the default atRiskMinutes was chosen: Dialdeck's policy with different at-risk bands, and
 * the two baselines, over many seeds and arrival rates, averaged.
 *   npx tsx tests/bench/speed-to-lead/sweep.ts [--seeds 20] [--rates 3,6,10,15] [--bands 0,10,20,30,60]
 */
import { parseArgs } from 'node:util';
import { DEFAULT_CAMPAIGN_RULES } from '../../../electron/core/queue/campaign-rules';
import { runSpeedToLeadSimulation } from './run';

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: '20' },
    rates: { type: 'string', default: '3,6,10,15' },
    bands: { type: 'string', default: '0,5,10,15,20,30,60' },
    backlog: { type: 'string', default: '25' },
  },
});
const seeds = Number(values.seeds);
const rates = values.rates.split(',').map(Number);
const bands = values.bands.split(',').map(Number);
const baseRules = { ...DEFAULT_CAMPAIGN_RULES, speedToLead: { slaMinutes: 60, atRiskMinutes: 0 } };

const pct = (share: number) => `${(share * 100).toFixed(1)}`.padStart(5);
console.log(
  `mean over ${seeds} seeds: live ≤5 min % / live ≤1 h % / all ≤1 h % / live median min / conversions / busy %`,
);
for (const rate of rates) {
  const totals = new Map<string, number[]>();
  for (let seed = 1; seed <= seeds; seed += 1) {
    const result = runSpeedToLeadSimulation({
      seed,
      leadsPerHour: rate,
      backlogLeads: Number(values.backlog),
      rules: baseRules,
      atRiskVariants: bands,
    });
    for (const { label, metrics } of result.policies) {
      const row = totals.get(label) ?? [0, 0, 0, 0, 0, 0];
      const add = [
        metrics.live.within5Min,
        metrics.live.within1Hour,
        metrics.all.within1Hour,
        metrics.live.medianResponseMinutes ?? 999,
        metrics.conversions,
        metrics.utilization,
      ];
      totals.set(
        label,
        row.map((value, i) => value + (add[i] ?? 0) / seeds),
      );
    }
  }
  console.log(`\n${rate} live leads per hour`);
  for (const [label, [p5, p60, all60, median, conversions, busy] = []] of totals) {
    if (label.startsWith('Dialdeck') && !label.includes('at risk')) continue;
    console.log(
      `${label.padEnd(26)} ${pct(p5 ?? 0)} ${pct(p60 ?? 0)} ${pct(all60 ?? 0)} ${(median ?? 0).toFixed(1).padStart(6)} ${(conversions ?? 0).toFixed(1).padStart(6)} ${pct(busy ?? 0)}`,
    );
  }
}
