import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlannedStep } from '../../../electron/core/telephony/simulated/call-plan';
import { PROSPECT_LINES } from '../../../electron/core/telephony/simulated/prospect-lines';
import { planProspectSpeech } from '../../../electron/core/telephony/simulated/prospect-speech';
import { mulberry32 } from '../../../electron/core/telephony/simulated/seeded-random';
import { EventRecorder } from './event-recorder';
import { placeCall, runUntil, simulatedHarness } from './simulated-harness';

const gap = { minMs: 4_000, maxMs: 12_000 };
const textOf = (step: PlannedStep | undefined) =>
  step?.event.type === 'speech' ? step.event.text : undefined;
const oneOf = (pool: readonly string[]) => (text: string | undefined) =>
  text !== undefined && pool.includes(text);

describe('the speaking prospect', () => {
  it('greets, reacts, talks at a natural pace and says goodbye just before hanging up', () => {
    const steps = planProspectSpeech(mulberry32(5), {
      answeredAtMs: 10_000,
      hangupAtMs: 190_000,
      speechGapMs: gap,
    });
    const texts = steps.map(textOf);

    expect(oneOf(PROSPECT_LINES.greeting)(texts[0])).toBe(true);
    expect(steps[0]?.atMs).toBeGreaterThanOrEqual(10_400);
    expect(steps[0]?.atMs).toBeLessThanOrEqual(11_200);
    expect(oneOf(PROSPECT_LINES.firstReaction)(texts[1])).toBe(true);
    expect(texts.slice(2, -1).every(oneOf(PROSPECT_LINES.conversation))).toBe(true);
    expect(steps.at(-1)).toEqual({
      atMs: 188_500,
      event: { type: 'speech', text: expect.stringMatching(/Bye/i) as unknown },
    });
    expect(oneOf(PROSPECT_LINES.closing)(texts.at(-1))).toBe(true);
    const middle = steps.slice(0, -1);
    middle.slice(1).forEach((step, i) => {
      const pause = step.atMs - (middle[i]?.atMs ?? 0);
      expect(pause).toBeGreaterThanOrEqual(gap.minMs);
      expect(pause).toBeLessThanOrEqual(gap.maxMs);
    });
    expect(texts).toContain('We already use another provider.');
  });

  it('never says the same line twice in a row, and never speaks after hanging up', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: 0, max: 600_000 }),
        fc.integer({ min: 500, max: 20_000 }),
        (seed, talkMs, minGap) => {
          const steps = planProspectSpeech(mulberry32(seed), {
            answeredAtMs: 0,
            hangupAtMs: talkMs,
            speechGapMs: { minMs: minGap, maxMs: minGap * 2 },
          });
          const texts = steps.map(textOf);
          texts.slice(1).forEach((text, i) => expect(text).not.toBe(texts[i]));
          for (const step of steps) expect(step.atMs).toBeLessThan(Math.max(talkMs, 1));
          const times = steps.map((step) => step.atMs);
          expect(times).toEqual([...times].sort((a, b) => a - b));
        },
      ),
    );
  });

  it('keeps quiet on a call too short for a word', () => {
    const plan = (talkMs: number) =>
      planProspectSpeech(mulberry32(1), {
        answeredAtMs: 0,
        hangupAtMs: talkMs,
        speechGapMs: gap,
      });
    expect(plan(300)).toEqual([]);
    expect(plan(2_000).map(textOf)).toHaveLength(1);
  });

  it('speaks through the provider only while connected, and stops at a local hang-up', async () => {
    const harness = simulatedHarness({ scriptedOutcomes: ['answer'] });
    const recorder = new EventRecorder(harness.provider);
    const { attemptId, providerCallId } = await placeCall(harness);
    runUntil(harness, () => recorder.has(attemptId, 'answered'));
    harness.clock.advance(40_000);

    await harness.provider.hangup(attemptId);
    harness.clock.advance(10 * 60_000);

    const events = recorder.of(attemptId);
    const speech = events.filter((event) => event.type === 'speech');
    expect(speech.length).toBeGreaterThanOrEqual(3);
    expect(speech.every((event) => event.providerCallId === providerCallId)).toBe(true);
    expect(events.at(-1)).toMatchObject({ type: 'ended', reason: 'hangup-local' });
    expect(events.findIndex((event) => event.type === 'speech')).toBeGreaterThan(
      events.findIndex((event) => event.type === 'answered'),
    );
  });
});
