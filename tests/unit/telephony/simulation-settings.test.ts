import { describe, expect, it } from 'vitest';
import {
  DEFAULT_OUTCOME_WEIGHTS,
  resolveSimulationSettings,
  type SimulatedProviderOptions,
} from '../../../electron/core/telephony/simulated/simulation-settings';
import { ManualClock } from '../../support/manual-clock';

const resolve = (options: Omit<SimulatedProviderOptions, 'clock'> = {}) =>
  resolveSimulationSettings({ clock: new ManualClock(1_000), ...options });

describe('simulation settings', () => {
  it('fills in realistic defaults, seeded from the clock', () => {
    expect(resolve()).toEqual({
      seed: 1_000,
      outcomeWeights: DEFAULT_OUTCOME_WEIGHTS,
      scriptedOutcomes: [],
      postDialDelayMs: { minMs: 800, maxMs: 2_500 },
      ringMs: { minMs: 3_000, maxMs: 20_000 },
      noAnswerTimeoutMs: 25_000,
      talkMs: { minMs: 30_000, maxMs: 240_000 },
      machineGreetingMs: { minMs: 5_000, maxMs: 15_000 },
      voicemailWindowMs: 30_000,
      speechGapMs: { minMs: 4_000, maxMs: 12_000 },
    });
  });

  it('gives outcomes left out of outcomeWeights no chance at all', () => {
    expect(resolve({ outcomeWeights: { busy: 2 } }).outcomeWeights).toEqual({
      answer: 0,
      machine: 0,
      'no-answer': 0,
      busy: 2,
      failed: 0,
    });
  });

  it('zeroRingTime removes every wait before the answer, keeping the talk', () => {
    const settings = resolve({ zeroRingTime: true, ringMs: { minMs: 9, maxMs: 9 } });
    expect(settings.postDialDelayMs).toEqual({ minMs: 0, maxMs: 0 });
    expect(settings.ringMs).toEqual({ minMs: 0, maxMs: 0 });
    expect(settings.noAnswerTimeoutMs).toBe(0);
    expect(settings.talkMs).toEqual({ minMs: 30_000, maxMs: 240_000 });
  });

  it.each<[string, Omit<SimulatedProviderOptions, 'clock'>, RegExp]>([
    ['a negative weight', { outcomeWeights: { answer: -1, busy: 1 } }, /zero or more/],
    ['all weights zero', { outcomeWeights: { answer: 0 } }, /at least one outcome/],
    ['an unknown scripted outcome', { scriptedOutcomes: ['hold' as 'busy'] }, /Unknown.*"hold"/],
    ['a range upside down', { talkMs: { minMs: 9, maxMs: 1 } }, /talkMs\.minMs must not exceed/],
    ['a fractional duration', { voicemailWindowMs: 1.5 }, /voicemailWindowMs must be a whole/],
    ['a negative duration', { ringMs: { minMs: -1, maxMs: 1 } }, /ringMs\.minMs must be a whole/],
    ['rings longer than the no-answer timeout', { noAnswerTimeoutMs: 10_000 }, /ringMs\.maxMs/],
    ['prospect lines with no gap', { speechGapMs: { minMs: 0, maxMs: 5 } }, /speechGapMs/],
    ['a seed that is not finite', { seed: Number.NaN }, /seed/],
  ])('refuses %s', (_case, options, message) => {
    expect(() => resolve(options)).toThrow(message);
  });
});
