import { beforeAll, describe, expect, it } from 'vitest';
import { runSpeedToLeadSimulation } from '../../bench/speed-to-lead/run';
import type { SpeedToLeadResult } from '../../bench/speed-to-lead/run';

const SEEDS = [1, 2, 3, 4, 5];

function byName(result: SpeedToLeadResult) {
  const metrics = (name: string) => {
    const found = result.policies.find((policy) => policy.name === name);
    if (!found) throw new Error(`no policy ${name}`);
    return found.metrics;
  };
  return {
    dialdeck: metrics('dialdeck'),
    fifo: metrics('fifo'),
    oldestFirst: metrics('oldest-first'),
  };
}

describe('speed-to-lead simulation (a rep with capacity for the day: 6 new leads an hour)', () => {
  let days: ReturnType<typeof byName>[] = [];
  beforeAll(() => {
    days = SEEDS.map((seed) => byName(runSpeedToLeadSimulation({ seed, leadsPerHour: 6 })));
  });

  it('dials more new leads within the 1 h SLA than FIFO and oldest-first', () => {
    const mean = (pick: (day: (typeof days)[number]) => number) =>
      days.reduce((sum, day) => sum + pick(day), 0) / days.length;
    const dialdeck = mean((day) => day.dialdeck.all.within1Hour);
    expect(dialdeck).toBeGreaterThan(mean((day) => day.fifo.all.within1Hour) + 0.02);
    expect(dialdeck).toBeGreaterThan(mean((day) => day.oldestFirst.all.within1Hour) + 0.02);
    for (const day of days) {
      expect(day.dialdeck.all.within1Hour).toBeGreaterThanOrEqual(day.fifo.all.within1Hour);
      expect(day.dialdeck.all.within1Hour).toBeGreaterThanOrEqual(day.oldestFirst.all.within1Hour);
      expect(day.dialdeck.live.within1Hour).toBeGreaterThanOrEqual(day.fifo.live.within1Hour);
      expect(day.dialdeck.live.within1Hour).toBeGreaterThanOrEqual(
        day.oldestFirst.live.within1Hour,
      );
    }
  });

  it('calls nobody on the DNC list or outside their window, under any policy', () => {
    for (const day of days) {
      for (const metrics of [day.dialdeck, day.fifo, day.oldestFirst]) {
        expect(metrics.violations).toEqual({ dnc: 0, window: 0, status: 0, total: 0 });
        expect(metrics.dials).toBeGreaterThan(100);
      }
    }
  });

  it('is reproducible from its seed', () => {
    expect(runSpeedToLeadSimulation({ seed: 3, leadsPerHour: 6 })).toEqual(
      runSpeedToLeadSimulation({ seed: 3, leadsPerHour: 6 }),
    );
  });
});
