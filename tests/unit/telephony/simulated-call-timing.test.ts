import { describe, expect, it } from 'vitest';
import { SIMULATED_FAILURES } from '../../../electron/core/telephony/simulated/simulated-failures';
import {
  VOICEMAIL_BEEP,
  VOICEMAIL_GREETINGS,
} from '../../../electron/core/telephony/simulated/prospect-lines';
import type { SimulatedOutcome } from '../../../electron/core/telephony/simulated/simulation-settings';
import { EventRecorder } from './event-recorder';
import { placeCall, runUntil, simulatedHarness } from './simulated-harness';

const timings = {
  postDialDelayMs: { minMs: 1_200, maxMs: 1_200 },
  ringMs: { minMs: 7_000, maxMs: 7_000 },
  noAnswerTimeoutMs: 25_000,
  talkMs: { minMs: 45_000, maxMs: 45_000 },
  machineGreetingMs: { minMs: 9_000, maxMs: 9_000 },
  voicemailWindowMs: 30_000,
};

/** Runs one call of the given outcome to its natural end; returns its events timed from the dial. */
async function naturalCall(outcome: SimulatedOutcome, options = {}) {
  const harness = simulatedHarness({ ...timings, ...options, scriptedOutcomes: [outcome] });
  const recorder = new EventRecorder(harness.provider);
  const dialedAt = harness.clock.now();
  const { attemptId } = await placeCall(harness);
  runUntil(harness, () => recorder.terminalsOf(attemptId).length > 0);
  return recorder.of(attemptId).map((event) => ({ ...event, at: event.at - dialedAt }));
}

describe('simulated call timing', () => {
  it('a person answers after the ring time and hangs up after the talk time', async () => {
    const events = await naturalCall('answer');
    const lifecycle = events.filter((event) => event.type !== 'speech');

    expect(lifecycle).toMatchObject([
      { type: 'ringing', at: 1_200 },
      { type: 'answered', by: 'human', at: 8_200 },
      { type: 'ended', reason: 'hangup-remote', at: 53_200 },
    ]);
    expect(events.filter((event) => event.type === 'speech').length).toBeGreaterThan(3);
  });

  it('a machine answers, plays its greeting and beep, then ends the call as voicemail', async () => {
    const events = await naturalCall('machine');

    expect(events).toMatchObject([
      { type: 'ringing', at: 1_200 },
      { type: 'answered', by: 'machine', at: 8_200 },
      { type: 'speech', at: 8_500 },
      { type: 'speech', text: VOICEMAIL_BEEP, at: 17_200 },
      { type: 'ended', reason: 'voicemail', at: 47_200 },
    ]);
    const greeting = events[2];
    expect(
      greeting?.type === 'speech' && VOICEMAIL_GREETINGS.some((g) => g === greeting.text),
    ).toBe(true);
  });

  it('an unanswered call rings until the no-answer timeout', async () => {
    expect(await naturalCall('no-answer')).toMatchObject([
      { type: 'ringing', at: 1_200 },
      { type: 'ended', reason: 'no-answer', at: 26_200 },
    ]);
  });

  it('a busy line gives its signal without ringing', async () => {
    expect(await naturalCall('busy')).toMatchObject([{ type: 'ended', reason: 'busy', at: 1_200 }]);
  });

  it('a failed call says why, without ringing', async () => {
    const events = await naturalCall('failed');

    expect(events).toHaveLength(1);
    const [failed] = events;
    expect(failed).toMatchObject({ type: 'failed', at: 1_200 });
    expect(SIMULATED_FAILURES).toContainEqual({
      code: failed?.type === 'failed' ? failed.code : null,
      message: failed?.type === 'failed' ? failed.message : null,
    });
  });

  it('with zero ring time, everything before the answer happens at the dial instant', async () => {
    const zero = { zeroRingTime: true };
    expect(await naturalCall('no-answer', zero)).toMatchObject([
      { type: 'ringing', at: 0 },
      { type: 'ended', reason: 'no-answer', at: 0 },
    ]);
    const answered = await naturalCall('answer', zero);
    expect(answered.slice(0, 2)).toMatchObject([
      { type: 'ringing', at: 0 },
      { type: 'answered', at: 0 },
    ]);
    expect(answered.at(-1)).toMatchObject({ type: 'ended', at: 45_000 });
  });
});
