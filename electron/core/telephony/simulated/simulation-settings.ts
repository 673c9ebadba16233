import type { Clock } from '../../../../shared/clock';
import type { DurationRange } from './random-draws';

/** How a simulated dial goes. 'machine' is an answering machine picking up. */
export const SIMULATED_OUTCOMES = ['answer', 'machine', 'no-answer', 'busy', 'failed'] as const;
export type SimulatedOutcome = (typeof SIMULATED_OUTCOMES)[number];

export interface SimulatedProviderOptions {
  clock: Clock;
  /** Same seed, same calls. Default: derived from clock.now(), so each demo run differs. */
  seed?: number;
  /** Relative weights, normalised; an outcome left out never happens. Default DEFAULT_OUTCOME_WEIGHTS. */
  outcomeWeights?: Partial<Record<SimulatedOutcome, number>>;
  /** Outcomes forced on the next dials, in order; afterwards the weighted draw resumes. */
  scriptedOutcomes?: readonly SimulatedOutcome[];
  /** From dial to ringing (or to the busy signal / failure). Default 800–2500 ms. */
  postDialDelayMs?: DurationRange;
  /** From ringing to pick-up, for people and machines. Default 3–20 s. */
  ringMs?: DurationRange;
  /** From ringing to giving up with 'no-answer'. Default 25 s. */
  noAnswerTimeoutMs?: number;
  /** From a person's answer to their hanging up ('hangup-remote'). Default 30–240 s. */
  talkMs?: DurationRange;
  /** From a machine's pick-up to its beep. Default 5–15 s. */
  machineGreetingMs?: DurationRange;
  /** From the beep to the machine ending the call ('voicemail'). Default 30 s. */
  voicemailWindowMs?: number;
  /** Between two lines of a speaking prospect. Default 4–12 s. */
  speechGapMs?: DurationRange;
  /** No post-dial delay, ring or no-answer wait: every pre-answer step happens at once (benchmarks). */
  zeroRingTime?: boolean;
}

export interface SimulationSettings {
  seed: number;
  outcomeWeights: Readonly<Record<SimulatedOutcome, number>>;
  scriptedOutcomes: readonly SimulatedOutcome[];
  postDialDelayMs: DurationRange;
  ringMs: DurationRange;
  noAnswerTimeoutMs: number;
  talkMs: DurationRange;
  machineGreetingMs: DurationRange;
  voicemailWindowMs: number;
  speechGapMs: DurationRange;
}

/** A mix that makes a lively demo: about a third of dials reach a person. */
export const DEFAULT_OUTCOME_WEIGHTS: Readonly<Record<SimulatedOutcome, number>> = {
  answer: 0.35,
  machine: 0.2,
  'no-answer': 0.3,
  busy: 0.1,
  failed: 0.05,
};

const NO_TIME: DurationRange = { minMs: 0, maxMs: 0 };

/** Fills in defaults and rejects settings that cannot make sense, with a message saying which. */
export function resolveSimulationSettings(options: SimulatedProviderOptions): SimulationSettings {
  const zero = options.zeroRingTime ?? false;
  const settings: SimulationSettings = {
    seed: options.seed ?? options.clock.now(),
    outcomeWeights: resolveWeights(options.outcomeWeights),
    scriptedOutcomes: [...(options.scriptedOutcomes ?? [])],
    postDialDelayMs: zero ? NO_TIME : (options.postDialDelayMs ?? { minMs: 800, maxMs: 2_500 }),
    ringMs: zero ? NO_TIME : (options.ringMs ?? { minMs: 3_000, maxMs: 20_000 }),
    noAnswerTimeoutMs: zero ? 0 : (options.noAnswerTimeoutMs ?? 25_000),
    talkMs: options.talkMs ?? { minMs: 30_000, maxMs: 240_000 },
    machineGreetingMs: options.machineGreetingMs ?? { minMs: 5_000, maxMs: 15_000 },
    voicemailWindowMs: options.voicemailWindowMs ?? 30_000,
    speechGapMs: options.speechGapMs ?? { minMs: 4_000, maxMs: 12_000 },
  };
  validate(settings);
  return settings;
}

function resolveWeights(
  given: Partial<Record<SimulatedOutcome, number>> | undefined,
): Record<SimulatedOutcome, number> {
  const weights = { ...DEFAULT_OUTCOME_WEIGHTS };
  if (!given) return weights;
  for (const outcome of SIMULATED_OUTCOMES) weights[outcome] = given[outcome] ?? 0;
  return weights;
}

function validate(settings: SimulationSettings): void {
  if (!Number.isFinite(settings.seed)) throw new RangeError('seed must be a finite number.');
  const weights = Object.entries(settings.outcomeWeights);
  if (weights.some(([, weight]) => !Number.isFinite(weight) || weight < 0)) {
    throw new RangeError('outcomeWeights must be finite numbers of zero or more.');
  }
  if (weights.every(([, weight]) => weight === 0)) {
    throw new RangeError('outcomeWeights must give at least one outcome a weight above zero.');
  }
  for (const outcome of settings.scriptedOutcomes) assertOutcome(outcome);
  assertRange('postDialDelayMs', settings.postDialDelayMs);
  assertRange('ringMs', settings.ringMs);
  assertRange('talkMs', settings.talkMs);
  assertRange('machineGreetingMs', settings.machineGreetingMs);
  assertRange('speechGapMs', settings.speechGapMs);
  assertDuration('noAnswerTimeoutMs', settings.noAnswerTimeoutMs);
  assertDuration('voicemailWindowMs', settings.voicemailWindowMs);
  if (settings.speechGapMs.minMs === 0) throw new RangeError('speechGapMs.minMs must be above 0.');
  // Otherwise some "answers" would ring past the point where the carrier gives up.
  if (settings.ringMs.maxMs > settings.noAnswerTimeoutMs) {
    throw new RangeError('ringMs.maxMs must not exceed noAnswerTimeoutMs.');
  }
}

export function assertOutcome(outcome: string): asserts outcome is SimulatedOutcome {
  if (!(SIMULATED_OUTCOMES as readonly string[]).includes(outcome)) {
    throw new RangeError(
      `Unknown simulated outcome "${outcome}": use one of ${SIMULATED_OUTCOMES.join(', ')}.`,
    );
  }
}

function assertRange(name: string, range: DurationRange): void {
  assertDuration(`${name}.minMs`, range.minMs);
  assertDuration(`${name}.maxMs`, range.maxMs);
  if (range.minMs > range.maxMs) throw new RangeError(`${name}.minMs must not exceed maxMs.`);
}

function assertDuration(name: string, ms: number): void {
  if (!Number.isInteger(ms) || ms < 0) {
    throw new RangeError(`${name} must be a whole number of milliseconds, 0 or more.`);
  }
}
