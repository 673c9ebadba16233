import { MINUTE_MS } from '../../../shared/clock';
import { benchResult, zeroRow, type BenchResult, type BenchRow } from '../bench-kit';
import { runTeamIntakeRows } from './intake-bench';
import { DEFAULT_TEAM_DAY, simulateTeamDay, type Distribution } from './team-day';

/** Web leads an hour, the range. */
const RATES = [20, 40, 60, 80, 100, 120] as const;
const DISTRIBUTIONS: readonly Distribution[] = ['hub', 'hub-on-call', 'static'];
/** A team whose reps spend less than this of their working time on calls has room for more. */
const CAPACITY_UTILIZATION = 0.85;
const TARGET_WITHIN_5_MIN = 0.95;

export interface TeamDayFigures {
  within5Min: number;
  within1Hour: number;
  /** null when fewer than half the leads were dialed that day. */
  medianMinutes: number | null;
  doubleDials: number;
  utilization: number;
  leads: number;
}

/** One simulated day: the share of live leads first dialed within 5 min and 1 h, and the median. */
export function teamDayFigures(distribution: Distribution, leadsPerHour: number): TeamDayFigures {
  const day = simulateTeamDay(distribution, { ...DEFAULT_TEAM_DAY, leadsPerHour });
  const responses = day.responses.map((ms) => ms ?? Number.POSITIVE_INFINITY).sort((a, b) => a - b);
  const share = (limit: number) => responses.filter((ms) => ms <= limit).length / responses.length;
  const median = responses[Math.floor((responses.length - 1) / 2)] ?? Number.POSITIVE_INFINITY;
  return {
    within5Min: share(5 * MINUTE_MS),
    within1Hour: share(60 * MINUTE_MS),
    medianMinutes: Number.isFinite(median) ? median / MINUTE_MS : null,
    doubleDials: day.doubleDials,
    utilization: day.utilization,
    leads: day.leads,
  };
}

/**
 * `npm run bench -- team`, the routing half: a team day of 10 reps at each arrival rate, the
 * hub's pool against the static split (and the pool also offering to reps on a call).
 */
export function teamRoutingRows(): BenchRow[] {
  const rows: BenchRow[] = [];
  for (const rate of RATES) {
    const figures = new Map(DISTRIBUTIONS.map((d) => [d, teamDayFigures(d, rate)]));
    const hub = figures.get('hub')!;
    const hasCapacity = hub.utilization < CAPACITY_UTILIZATION;
    rows.push({
      metric: `${rate}/h: leads in the day, rep utilization (hub)`,
      value: hub.leads,
      unit: `leads, ${(hub.utilization * 100).toFixed(0)} % busy`,
    });
    for (const [distribution, day] of figures) {
      const name = `${rate}/h ${distribution}`;
      const within5: BenchRow = {
        metric: `${name}: first dial within 5 min`,
        value: day.within5Min * 100,
        unit: '%',
      };
      if (distribution === 'hub') {
        within5.target = hasCapacity ? `≥ ${TARGET_WITHIN_5_MIN * 100}` : 'no capacity';
        if (hasCapacity) within5.pass = day.within5Min >= TARGET_WITHIN_5_MIN;
      }
      rows.push(
        within5,
        { metric: `${name}: first dial within 1 h`, value: day.within1Hour * 100, unit: '%' },
        {
          metric: `${name}: median first dial`,
          value: day.medianMinutes ?? Number.NaN,
          unit: 'min',
        },
      );
      if (distribution !== 'static')
        rows.push(zeroRow(`${name}: double dials`, day.doubleDials, 'leads'));
    }
  }
  return rows;
}

/**
 * `npm run bench -- team`: (1) routing, the simulated team day; (2) intake under load
 * (intake-bench.ts). DIALDECK_TEAM_BENCH=routing or =intake runs one half.
 */
export async function runTeamBench(): Promise<BenchResult> {
  const only = process.env.DIALDECK_TEAM_BENCH;
  return benchResult('team', [
    ...(only === 'intake' ? [] : teamRoutingRows()),
    ...(only === 'routing' ? [] : await runTeamIntakeRows()),
  ]);
}
