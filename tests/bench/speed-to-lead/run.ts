/**
 * The speed-to-lead simulator: one rep's working day under Dialdeck's queue policy, plain FIFO
 * and oldest-first, on the same arrivals and the same random draws.
 *   npx tsx tests/bench/speed-to-lead/run.ts [--seed N] [--rate LEADS_PER_HOUR] [--backlog N]
 */
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { PolicyMetrics } from './metrics';
import { measureDay } from './metrics';
import { resolveOptions } from './options';
import type { SimulationOptions } from './options';
import { dialdeckPolicy, fifoPolicy, oldestFirstPolicy } from './policies';
import type { DialPolicy } from './policies';
import { formatReport } from './report';
import { generateScenario } from './scenario';
import { simulateDay } from './simulate-day';

export interface SpeedToLeadResult {
  options: SimulationOptions;
  scenario: {
    liveLeads: number;
    backlogLeads: number;
    carriedRetries: number;
    carriedCallbacks: number;
    unknownZoneLeads: number;
    dncLeads: number;
  };
  /** Dialdeck first, then FIFO, oldest-first and any atRiskMinutes variants. */
  policies: { name: string; label: string; metrics: PolicyMetrics }[];
}

export function runSpeedToLeadSimulation(
  overrides: Partial<SimulationOptions> = {},
): SpeedToLeadResult {
  const options = resolveOptions(overrides);
  const scenario = generateScenario(options);
  const policies: DialPolicy[] = [
    dialdeckPolicy(options.rules),
    fifoPolicy(options.rules),
    oldestFirstPolicy(options.rules),
    ...options.atRiskVariants.map((atRiskMinutes) =>
      dialdeckPolicy(
        { ...options.rules, speedToLead: { ...options.rules.speedToLead, atRiskMinutes } },
        `dialdeck-at-risk-${atRiskMinutes}`,
        `Dialdeck, at risk ${atRiskMinutes} min`,
      ),
    ),
  ];
  const count = (kind: string) => scenario.leads.filter((lead) => lead.kind === kind).length;
  return {
    options,
    scenario: {
      liveLeads: count('live'),
      backlogLeads: count('backlog'),
      carriedRetries: count('carried-retry'),
      carriedCallbacks: count('carried-callback'),
      unknownZoneLeads: scenario.leads.filter((lead) => lead.timeZone === null).length,
      dncLeads: scenario.dncNumbers.size,
    },
    policies: policies.map((policy) => ({
      name: policy.name,
      label: policy.label,
      metrics: measureDay(scenario, simulateDay(scenario, policy, options.rules, options.seed)),
    })),
  };
}

function main(): void {
  const { values } = parseArgs({
    options: {
      seed: { type: 'string' },
      rate: { type: 'string' },
      backlog: { type: 'string' },
      variants: { type: 'string' },
    },
  });
  const overrides: Partial<SimulationOptions> = {};
  if (values.seed !== undefined) overrides.seed = Number(values.seed);
  if (values.rate !== undefined) overrides.leadsPerHour = Number(values.rate);
  if (values.backlog !== undefined) overrides.backlogLeads = Number(values.backlog);
  overrides.atRiskVariants =
    values.variants === undefined ? [0, 10, 30, 60] : values.variants.split(',').map(Number);
  console.log(formatReport(runSpeedToLeadSimulation(overrides)));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
