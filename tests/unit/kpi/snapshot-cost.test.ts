import { describe, expect, it } from 'vitest';
import { DEFAULT_DISPOSITIONS } from '../../../shared/domain/disposition';
import { computeKpiSnapshot, type KpiInput } from '../../../shared/kpi';
import { MINUTE_MS } from '../../../shared/clock';
import { answeredCall, unansweredCall } from './attempt-factory';

// A heavy day, recomputed on every outcome: 500 dials on 300 leads, half of them yesterday's.
const DAY_START = Date.UTC(2026, 10, 27, 8, 0); // local midnight in Los Angeles (PST)
const outcomes = DEFAULT_DISPOSITIONS.map((d) => d.code);
const input: KpiInput = {
  attempts: Array.from({ length: 500 }, (_, index) => {
    const startedAt = DAY_START + (index - 250) * 2 * MINUTE_MS;
    return index % 3 === 0
      ? unansweredCall(index % 300, startedAt)
      : answeredCall(index % 300, startedAt, outcomes[index % outcomes.length] as string, 90, 20);
  }),
  dispositions: DEFAULT_DISPOSITIONS,
  leads: Array.from({ length: 300 }, (_, id) => ({
    id,
    createdAt: DAY_START - 600 * MINUTE_MS + id * MINUTE_MS,
    firstAttemptAt: DAY_START + (id - 250) * 2 * MINUTE_MS,
  })),
  timeZone: 'America/Los_Angeles',
  now: DAY_START + 500 * MINUTE_MS,
};

describe('snapshot cost', () => {
  it('computes a 500-attempt day in well under a millisecond on average', () => {
    for (let warmUp = 0; warmUp < 50; warmUp++) computeKpiSnapshot(input);
    const runs = 200;
    const startedAt = performance.now();
    for (let run = 0; run < runs; run++) computeKpiSnapshot(input);
    const meanMs = (performance.now() - startedAt) / runs;

    expect(computeKpiSnapshot(input).dials).toBe(250);
    expect(meanMs).toBeLessThan(1);
  });
});
