import type { AnsweredBy, CallEndReason } from '../../../../shared/domain/call';
import { planProspectSpeech, planVoicemailGreeting } from './prospect-speech';
import { drawDuration, drawItem } from './random-draws';
import type { Random } from './seeded-random';
import type { SimulatedOutcome, SimulationSettings } from './simulation-settings';
import { SIMULATED_FAILURES } from './simulated-failures';

/** What a provider event says, before a call gives it ids and a time. */
export type PlannedEvent =
  | { type: 'ringing' }
  | { type: 'answered'; by: AnsweredBy }
  | { type: 'speech'; text: string }
  | { type: 'ended'; reason: CallEndReason }
  | { type: 'failed'; code: string; message: string };

/** `atMs` counts from the moment the call was placed. */
export interface PlannedStep {
  atMs: number;
  event: PlannedEvent;
}

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
