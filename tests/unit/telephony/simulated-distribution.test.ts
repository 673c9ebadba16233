import { describe, expect, it } from 'vitest';
import {
  DEFAULT_OUTCOME_WEIGHTS,
  SIMULATED_OUTCOMES,
  type SimulatedOutcome,
} from '../../../electron/core/telephony/simulated/simulation-settings';
import type { ProviderEvent } from '../../../electron/core/telephony/provider';
import { placeCall, runUntil, simulatedHarness } from './simulated-harness';

const CALLS = 10_000;
/** About four standard deviations of a share at n = 10 000: the check is meaningful, not flaky. */
const TOLERANCE = 0.02;

function outcomeOf(events: readonly ProviderEvent[]): SimulatedOutcome {
  for (const event of events) {
    if (event.type === 'answered') return event.by === 'human' ? 'answer' : 'machine';
    if (event.type === 'failed') return 'failed';
    if (event.type === 'ended' && (event.reason === 'busy' || event.reason === 'no-answer')) {
      return event.reason;
    }
  }
  throw new Error(`No outcome in ${events.map((event) => event.type).join(', ')}`);
}

/** Dials `CALLS` times; each call runs until it is answered or over, then is hung up. */
async function observe(options: Parameters<typeof simulatedHarness>[0]) {
  const harness = simulatedHarness(options);
  let current: ProviderEvent[] = [];
  harness.provider.subscribe((event) => current.push(event));
  const counts = Object.fromEntries(SIMULATED_OUTCOMES.map((o) => [o, 0])) as Record<
    SimulatedOutcome,
    number
  >;
  const ringTimes: number[] = [];
  for (let i = 0; i < CALLS; i++) {
    current = [];
    const { attemptId } = await placeCall(harness);
    runUntil(harness, () => current.some((e) => ['answered', 'ended', 'failed'].includes(e.type)));
    const ringing = current.find((e) => e.type === 'ringing');
    const answered = current.find((e) => e.type === 'answered');
    if (ringing && answered) ringTimes.push(answered.at - ringing.at);
    counts[outcomeOf(current)]++;
    await harness.provider.hangup(attemptId);
  }
  const shares = Object.fromEntries(
    SIMULATED_OUTCOMES.map((o) => [o, counts[o] / CALLS]),
  ) as Record<SimulatedOutcome, number>;
  return { shares, ringTimes };
}

function expectSharesNear(
  shares: Record<SimulatedOutcome, number>,
  weights: Record<SimulatedOutcome, number>,
) {
  const total = Object.values(weights).reduce((sum, w) => sum + w, 0);
  for (const outcome of SIMULATED_OUTCOMES) {
    const expected = weights[outcome] / total;
    expect(Math.abs(shares[outcome] - expected), `${outcome} share`).toBeLessThan(TOLERANCE);
  }
}

describe(`simulated outcome distribution over ${CALLS} seeded calls`, () => {
  it('matches the default weights, with ring times spread over 3–20 s', async () => {
    const { shares, ringTimes } = await observe({ seed: 1 });

    expectSharesNear(shares, { ...DEFAULT_OUTCOME_WEIGHTS });
    expect(Math.min(...ringTimes)).toBeGreaterThanOrEqual(3_000);
    expect(Math.max(...ringTimes)).toBeLessThanOrEqual(20_000);
    const mean = ringTimes.reduce((sum, t) => sum + t, 0) / ringTimes.length;
    expect(Math.abs(mean - 11_500)).toBeLessThan(300);
    const early = ringTimes.filter((t) => t < 11_500).length / ringTimes.length;
    expect(Math.abs(early - 0.5)).toBeLessThan(TOLERANCE);
  });

  it('matches configured weights, never producing an outcome weighted zero', async () => {
    const weights = { answer: 1, machine: 0, 'no-answer': 6, busy: 2, failed: 1 };
    const { shares } = await observe({ seed: 2, zeroRingTime: true, outcomeWeights: weights });

    expectSharesNear(shares, weights);
    expect(shares.machine).toBe(0);
  });
});
