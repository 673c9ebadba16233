import type { Clock } from '../../../../shared/clock';
import { MINUTE_MS } from '../../../../shared/clock';
import { SimulatedTelephonyProvider } from './simulated-provider';
import type { SimulatedOutcome, SimulatedProviderOptions } from './simulation-settings';

export const SIMULATION_SPEEDS = ['normal', 'fast', 'instant'] as const;
export type SimulationSpeed = (typeof SIMULATION_SPEEDS)[number];

/** How the simulated line behaves in demos and tests. */
export interface SimulationControl {
  /** Same seed, same calls; default: a new seed each run. */
  seed?: number;
  /** The outcomes of the first dials, in order; the seeded draw takes over afterwards. */
  outcomes?: readonly SimulatedOutcome[];
  /**
   * normal: realistic ring and talk times · fast: rings 0.3–1 s and the prospect stays on the line
   * (10–20 min) until the rep hangs up, so a test works a queue in seconds · instant: no ring at all
   * (benchmarks).
   */
  speed?: SimulationSpeed;
}

const PROSPECT_STAYS_ON = { minMs: 10 * MINUTE_MS, maxMs: 20 * MINUTE_MS };

const SPEEDS: Record<SimulationSpeed, Omit<SimulatedProviderOptions, 'clock'>> = {
  normal: {},
  fast: {
    postDialDelayMs: { minMs: 100, maxMs: 300 },
    ringMs: { minMs: 300, maxMs: 1_000 },
    noAnswerTimeoutMs: 1_500,
    talkMs: PROSPECT_STAYS_ON,
    machineGreetingMs: { minMs: 500, maxMs: 1_500 },
    voicemailWindowMs: 2_000,
    speechGapMs: { minMs: 1_500, maxMs: 4_000 },
  },
  instant: { zeroRingTime: true, talkMs: PROSPECT_STAYS_ON },
};

export function createSimulatedLine(
  clock: Clock,
  control: SimulationControl = {},
): SimulatedTelephonyProvider {
  return new SimulatedTelephonyProvider({
    clock,
    ...SPEEDS[control.speed ?? 'normal'],
    ...(control.seed === undefined ? {} : { seed: control.seed }),
    ...(control.outcomes ? { scriptedOutcomes: control.outcomes } : {}),
  });
}
