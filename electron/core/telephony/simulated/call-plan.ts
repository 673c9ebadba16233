import type { PlannedEvent, PlannedStep } from './planned-step';
import { planProspectSpeech, planVoicemailGreeting } from './prospect-speech';
import { drawDuration, drawItem } from './random-draws';
import type { Random } from './seeded-random';
import type { SimulatedOutcome, SimulationSettings } from './simulation-settings';
import { SIMULATED_FAILURES } from './simulated-failures';

export type { PlannedEvent, PlannedStep } from './planned-step';

/** Everything a call will do if nobody hangs up, decided at dial time so a seed replays it exactly. */
export interface CallPlan {
  outcome: SimulatedOutcome;
  steps: readonly PlannedStep[];
}

export function planCall(
  random: Random,
  settings: SimulationSettings,
  outcome: SimulatedOutcome,
): CallPlan {
  const placedMs = drawDuration(random, settings.postDialDelayMs);
  const step = (atMs: number, event: PlannedEvent): PlannedStep => ({ atMs, event });
  switch (outcome) {
    case 'busy':
      return { outcome, steps: [step(placedMs, { type: 'ended', reason: 'busy' })] };
    case 'failed':
      return {
        outcome,
        steps: [step(placedMs, { type: 'failed', ...drawItem(random, SIMULATED_FAILURES) })],
      };
    case 'no-answer':
      return {
        outcome,
        steps: [
          step(placedMs, { type: 'ringing' }),
          step(placedMs + settings.noAnswerTimeoutMs, { type: 'ended', reason: 'no-answer' }),
        ],
      };
    case 'answer': {
      const answeredAtMs = placedMs + drawDuration(random, settings.ringMs);
      const hangupAtMs = answeredAtMs + drawDuration(random, settings.talkMs);
      return {
        outcome,
        steps: [
          step(placedMs, { type: 'ringing' }),
          step(answeredAtMs, { type: 'answered', by: 'human' }),
          ...planProspectSpeech(random, {
            answeredAtMs,
            hangupAtMs,
            speechGapMs: settings.speechGapMs,
          }),
          step(hangupAtMs, { type: 'ended', reason: 'hangup-remote' }),
        ],
      };
    }
    case 'machine': {
      const answeredAtMs = placedMs + drawDuration(random, settings.ringMs);
      const beepAtMs = answeredAtMs + drawDuration(random, settings.machineGreetingMs);
      return {
        outcome,
        steps: [
          step(placedMs, { type: 'ringing' }),
          step(answeredAtMs, { type: 'answered', by: 'machine' }),
          ...planVoicemailGreeting(random, { answeredAtMs, beepAtMs }),
          step(beepAtMs + settings.voicemailWindowMs, { type: 'ended', reason: 'voicemail' }),
        ],
      };
    }
  }
}
