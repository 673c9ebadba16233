import { DAY_MS, HOUR_MS, MINUTE_MS } from '../../../shared/clock';
import { nextWindowOpening } from '../../../electron/core/queue/calling-window';
import type { CallingWindow } from '../../../electron/core/queue/campaign-rules';
import { derivedRandom, logNormal, pickWeighted, uniform } from './random';

export type SimulatedOutcome =
  | 'no-answer'
  | 'voicemail-left'
  | 'bad-number'
  | 'converted'
  | 'callback'
  | 'interested'
  | 'not-interested'
  | 'do-not-call';

export interface SimulatedCall {
  outcome: SimulatedOutcome;
  /** From pressing dial to hanging up. */
  callMs: number;
  wrapUpMs: number;
  contact: boolean;
  callbackAt: number | null;
}

export interface CallContext {
  seed: number;
  leadId: number;
  attemptNumber: number;
  dialAt: number;
  /** First dial − arrival for this lead, known once its first dial has started. */
  responseMs: number;
  /** The callback this dial keeps, if it keeps one. */
  promisedAt: number | null;
  timeZone: string;
  window: CallingWindow;
}

/**
 * The same lead and attempt number draw the same random numbers under every policy, so policies
 * differ only through what they change: when a lead is dialed.
 */
export function simulateCall(context: CallContext): SimulatedCall {
  const random = derivedRandom(context.seed, 9, context.leadId, context.attemptNumber);
  const badNumber = derivedRandom(context.seed, 7, context.leadId)() < 0.02;
  const ring = (low: number, high: number) => 2_000 + uniform(random, low, high) * 1_000;
  const rolls = { contact: random(), kind: random(), outcome: random() };

  if (badNumber) {
    return {
      outcome: 'bad-number',
      callMs: ring(3, 10),
      wrapUpMs: 10_000,
      contact: false,
      callbackAt: null,
    };
  }
  if (rolls.contact >= contactProbability(context)) {
    if (rolls.kind < 0.35) {
      const callMs = ring(20, 30) + uniform(random, 20, 40) * 1_000;
      return {
        outcome: 'voicemail-left',
        callMs,
        wrapUpMs: 10_000,
        contact: false,
        callbackAt: null,
      };
    }
    return {
      outcome: 'no-answer',
      callMs: ring(25, 35),
      wrapUpMs: 5_000,
      contact: false,
      callbackAt: null,
    };
  }

  // A lead answered within the hour converts about twice as often (the brief's premise).
  const conversion = context.responseMs <= HOUR_MS ? 0.24 : 0.12;
  const outcome = pickWeighted<SimulatedOutcome>(random, [
    ['converted', conversion],
    ['callback', 0.15],
    ['interested', 0.15],
    ['do-not-call', 0.03],
    ['not-interested', 1 - conversion - 0.33],
  ]);
  const talkMedianSeconds = outcome === 'converted' ? 480 : 180;
  const callMs = ring(5, 15) + logNormal(random, talkMedianSeconds, 0.6) * 1_000;
  const wrapUpMs = logNormal(random, 40, 0.4) * 1_000;
  const callbackAt =
    outcome === 'callback' ? requestedCallbackTime(context, callMs + wrapUpMs, random()) : null;
  return { outcome, callMs, wrapUpMs, contact: true, callbackAt };
}

function contactProbability(context: CallContext): number {
  if (context.promisedAt !== null) {
    return context.dialAt - context.promisedAt <= 10 * MINUTE_MS ? 0.6 : 0.3;
  }
  if (context.attemptNumber > 1) return 0.18;
  if (context.responseMs <= 5 * MINUTE_MS) return 0.45;
  if (context.responseMs <= HOUR_MS) return 0.35;
  if (context.responseMs <= DAY_MS) return 0.22;
  return 0.15;
}

/** "Call me in half an hour / this afternoon / tomorrow", moved to a time the window allows. */
function requestedCallbackTime(context: CallContext, durationMs: number, roll: number): number {
  const endOfCall = context.dialAt + durationMs;
  const delay = roll < 0.3 ? 30 * MINUTE_MS : roll < 0.7 ? 2 * HOUR_MS : DAY_MS;
  const quarter = 15 * MINUTE_MS;
  const asked = Math.ceil((endOfCall + delay) / quarter) * quarter;
  return nextWindowOpening(context.timeZone, asked, context.window);
}
