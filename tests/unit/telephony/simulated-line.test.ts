import { describe, expect, it } from 'vitest';
import type { ProviderEvent } from '../../../electron/core/telephony/provider';
import {
  PROSPECT_LINES,
  VOICEMAIL_BEEP,
} from '../../../electron/core/telephony/simulated/prospect-lines';
import type { DurationRange } from '../../../electron/core/telephony/simulated/random-draws';
import {
  SIMULATION_SPEEDS,
  createSimulatedLine,
  type SimulationSpeed,
} from '../../../electron/core/telephony/simulated/simulated-line';
import type { SimulatedOutcome } from '../../../electron/core/telephony/simulated/simulation-settings';
import { ManualClock } from '../../support/manual-clock';

/** What each profile promises (simulated-line.ts), written out here so a profile that drifts fails. */
interface ProfileTimings {
  postDial: DurationRange;
  ring: DurationRange;
  noAnswer: DurationRange;
  talk: DurationRange;
  machineGreeting: DurationRange;
  voicemailWindow: DurationRange;
  speechGap: DurationRange;
}

const range = (minMs: number, maxMs = minMs): DurationRange => ({ minMs, maxMs });
const PROSPECT_STAYS_ON = range(10 * 60_000, 20 * 60_000);

const PROFILES = {
  normal: {
    postDial: range(800, 2_500),
    ring: range(3_000, 20_000),
    noAnswer: range(25_000),
    talk: range(30_000, 240_000),
    machineGreeting: range(5_000, 15_000),
    voicemailWindow: range(30_000),
    speechGap: range(4_000, 12_000),
  },
  fast: {
    postDial: range(100, 300),
    ring: range(300, 1_000),
    noAnswer: range(1_500),
    talk: PROSPECT_STAYS_ON,
    machineGreeting: range(500, 1_500),
    voicemailWindow: range(2_000),
    speechGap: range(1_500, 4_000),
  },
  instant: {
    postDial: range(0),
    ring: range(0),
    noAnswer: range(0),
    talk: PROSPECT_STAYS_ON,
    machineGreeting: range(5_000, 15_000),
    voicemailWindow: range(30_000),
    speechGap: range(4_000, 12_000),
  },
} as const satisfies Record<SimulationSpeed, ProfileTimings>;

const CALLS_PER_OUTCOME = 8;
const CLOSING_LINES: readonly string[] = PROSPECT_LINES.closing;

type Measured = { [K in keyof ProfileTimings]: number[] };

/** Plays calls on the line a profile builds, each to its natural end, and times every phase. */
async function measure(speed: SimulationSpeed, seed: number): Promise<Measured> {
  const outcomes: SimulatedOutcome[] = ['answer', 'no-answer', 'machine'];
  const clock = new ManualClock();
  const line = createSimulatedLine(clock, {
    speed,
    seed,
    outcomes: outcomes.flatMap((outcome) =>
      Array<SimulatedOutcome>(CALLS_PER_OUTCOME).fill(outcome),
    ),
  });
  const events: ProviderEvent[] = [];
  line.subscribe((event) => events.push(event));
  const measured: Measured = {
    postDial: [],
    ring: [],
    noAnswer: [],
    talk: [],
    machineGreeting: [],
    voicemailWindow: [],
    speechGap: [],
  };
  for (let index = 0; index < outcomes.length * CALLS_PER_OUTCOME; index++) {
    const attemptId = `attempt-${index}`;
    const dialedAt = clock.now();
    await line.dial({ attemptId, to: '+14155550123', callerId: null });
    const call = () => events.filter((event) => event.attemptId === attemptId);
    const over = () => call().some((event) => event.type === 'ended' || event.type === 'failed');
    while (!over()) {
      if (!clock.runNext()) throw new Error(`${attemptId} never ended`);
    }
    timePhases(call(), dialedAt, measured);
  }
  await line.dispose();
  return measured;
}

function timePhases(events: ProviderEvent[], dialedAt: number, into: Measured): void {
  const at = (predicate: (event: ProviderEvent) => boolean): number => {
    const found = events.find(predicate);
    if (!found) throw new Error(`No such event in ${events.map((e) => e.type).join(', ')}`);
    return found.at;
  };
  const ringing = at((event) => event.type === 'ringing');
  const ended = at((event) => event.type === 'ended');
  into.postDial.push(ringing - dialedAt);
  const answered = events.find((event) => event.type === 'answered');
  if (!answered || answered.type !== 'answered') {
    into.noAnswer.push(ended - ringing);
    return;
  }
  into.ring.push(answered.at - ringing);
  if (answered.by === 'machine') {
    const beep = at((event) => event.type === 'speech' && event.text === VOICEMAIL_BEEP);
    into.machineGreeting.push(beep - answered.at);
    into.voicemailWindow.push(ended - beep);
    return;
  }
  into.talk.push(ended - answered.at);
  const lines = events.filter(
    (event) => event.type === 'speech' && !CLOSING_LINES.includes(event.text),
  );
  lines.slice(1).forEach((line, i) => into.speechGap.push(line.at - (lines[i]?.at ?? line.at)));
}

describe('the simulated line each speed profile builds', () => {
  describe.each(SIMULATION_SPEEDS)('%s', (speed) => {
    it.each([1, 2])('times every phase of a call as the profile says (seed %i)', async (seed) => {
      const measured = await measure(speed, seed);
      const promised: ProfileTimings = PROFILES[speed];
      for (const phase of Object.keys(promised) as (keyof ProfileTimings)[]) {
        const { minMs, maxMs } = promised[phase];
        expect(measured[phase].length, `${phase} was never observed`).toBeGreaterThan(0);
        const outside = measured[phase].filter((ms) => ms < minMs || ms > maxMs);
        expect(outside, `${phase} outside ${minMs}–${maxMs} ms`).toEqual([]);
      }
    });
  });
});
