import type { PlannedStep } from './planned-step';
import { PROSPECT_LINES, VOICEMAIL_BEEP, VOICEMAIL_GREETINGS } from './prospect-lines';
import { drawDuration, drawItem, shuffled, type DurationRange } from './random-draws';
import type { Random } from './seeded-random';

const GREETING_DELAY: DurationRange = { minMs: 400, maxMs: 1_200 };
const CLOSING_LEAD_MS = 1_500;

/**
 * A person's side of a call from answer to hang-up: a greeting, a first reaction, then questions and
 * objections at a natural pace (never the same line twice in a row), and a goodbye just before they
 * hang up. Lines that would fall after the hang-up are left out, so short calls just end sooner.
 */
export function planProspectSpeech(
  random: Random,
  call: { answeredAtMs: number; hangupAtMs: number; speechGapMs: DurationRange },
): PlannedStep[] {
  const closingAtMs = call.hangupAtMs - CLOSING_LEAD_MS;
  const steps: PlannedStep[] = [];
  const say = (atMs: number, text: string): void => {
    steps.push({ atMs, event: { type: 'speech', text } });
  };

  let atMs = call.answeredAtMs + drawDuration(random, GREETING_DELAY);
  if (atMs < call.hangupAtMs) say(atMs, drawItem(random, PROSPECT_LINES.greeting));
  const upcoming: string[] = [drawItem(random, PROSPECT_LINES.firstReaction)];
  for (;;) {
    atMs += drawDuration(random, call.speechGapMs);
    if (atMs >= closingAtMs) break;
    if (upcoming.length === 0) upcoming.push(...freshRound(random, steps.at(-1)));
    say(atMs, upcoming.shift() as string);
  }
  const lastSpokenAtMs = steps.at(-1)?.atMs ?? call.answeredAtMs;
  if (closingAtMs > lastSpokenAtMs) say(closingAtMs, drawItem(random, PROSPECT_LINES.closing));
  return steps;
}

/** The conversation lines in a new order that does not start with the line just said. */
function freshRound(random: Random, lastStep: PlannedStep | undefined): string[] {
  const round = shuffled<string>(random, PROSPECT_LINES.conversation);
  const lastText = lastStep?.event.type === 'speech' ? lastStep.event.text : null;
  if (round[0] === lastText) round.push(round.shift() as string);
  return round;
}

/** An answering machine: its greeting right after pick-up, then the beep. */
export function planVoicemailGreeting(
  random: Random,
  call: { answeredAtMs: number; beepAtMs: number },
): PlannedStep[] {
  const greetingAtMs = Math.min(call.answeredAtMs + 300, call.beepAtMs);
  return [
    { atMs: greetingAtMs, event: { type: 'speech', text: drawItem(random, VOICEMAIL_GREETINGS) } },
    { atMs: call.beepAtMs, event: { type: 'speech', text: VOICEMAIL_BEEP } },
  ];
}
