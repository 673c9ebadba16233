import { beforeAll, describe, expect, it } from 'vitest';
import { runSpeedToLeadSimulation } from '../../bench/speed-to-lead/run';
import type { SpeedToLeadResult } from '../../bench/speed-to-lead/run';
import { HOUR_MS } from '../../../shared/clock';
import { independentRulesViolation } from '../../bench/speed-to-lead/compliance';

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
        expect(metrics.violations).toEqual({
          dnc: 0,
          window: 0,
          status: 0,
          callingRules: 0,
          total: 0,
        });
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

describe("the simulated day's calling-rules referee", () => {
  const miami = {
    phoneE164: '+13052000001',
    country: 'US',
    region: 'FL',
    timeZone: 'America/New_York',
  };
  const newYork = { ...miami, phoneE164: '+12122000002', region: 'NY' };
  /** Tuesday 10 March 2026, 20:30 in Miami and New York (EDT since the 8th). */
  const evening = Date.UTC(2026, 2, 11, 0, 30);

  it('catches a dial at 20:30 Miami time, and passes the same dial in New York', () => {
    expect(independentRulesViolation(miami, evening, [])).toBe(
      'Florida: dialed at 20:30 their time',
    );
    expect(independentRulesViolation(newYork, evening, [])).toBeNull();
  });

  it('catches a fourth dial of a Florida number in 24 h, by its area code alone', () => {
    const noon = Date.UTC(2026, 2, 10, 16, 0);
    const movedToNewYork = { ...miami, region: 'NY' };
    const earlier = [noon - 5 * HOUR_MS, noon - 4 * HOUR_MS, noon - HOUR_MS];
    expect(independentRulesViolation(movedToNewYork, noon, earlier)).toBe(
      'Florida: dial 4 in 24 h (cap 3)',
    );
    expect(independentRulesViolation(movedToNewYork, noon, earlier.slice(1))).toBeNull();
  });

  it('finds no dial outside a rule in an evening shift past 20:00 in FL, MD and OK', () => {
    const result = runSpeedToLeadSimulation({
      seed: 7,
      shiftStart: '17:00',
      shiftEnd: '21:00',
    });
    for (const { metrics } of result.policies) {
      expect(metrics.violations.callingRules).toBe(0);
      expect(metrics.dials).toBeGreaterThan(30);
    }
  });
});
