import { afterEach, describe, expect, it, vi } from 'vitest';
import { MUTED_SILENCE_PROMPT_MS } from '../../../electron/core/telephony/simulated/simulated-call';
import { STILL_THERE_LINE } from '../../../electron/core/telephony/simulated/prospect-lines';
import type { SimulatedOutcome } from '../../../electron/core/telephony/simulated/simulation-settings';
import { DomainError } from '../../../shared/result';
import { EventRecorder } from './event-recorder';
import { describeProviderContract } from './provider-contract';
import { placeCall, runUntil, simulatedHarness } from './simulated-harness';

describeProviderContract('simulated', () => simulatedHarness());

/** Fixed timings, so each test can name the exact millisecond things happen. */
const fixedTimings = {
  postDialDelayMs: { minMs: 1_000, maxMs: 1_000 },
  ringMs: { minMs: 5_000, maxMs: 5_000 },
  talkMs: { minMs: 60_000, maxMs: 60_000 },
};

function setUp(options: Parameters<typeof simulatedHarness>[0] = {}) {
  const harness = simulatedHarness({ ...fixedTimings, ...options });
  return { harness, recorder: new EventRecorder(harness.provider) };
}

const outcomeOf = (recorder: EventRecorder, attemptId: string): SimulatedOutcome => {
  const answered = recorder.find(attemptId, 'answered');
  if (answered) return answered.by === 'human' ? 'answer' : 'machine';
  const terminal = recorder.terminalsOf(attemptId)[0];
  if (terminal?.type === 'failed') return 'failed';
  if (terminal?.type === 'ended' && terminal.reason === 'busy') return 'busy';
  if (terminal?.type === 'ended' && terminal.reason === 'no-answer') return 'no-answer';
  throw new Error(`Call ${attemptId} has not reached an outcome`);
};

async function dialAndSettle(
  harness: ReturnType<typeof simulatedHarness>,
  recorder: EventRecorder,
) {
  const { attemptId } = await placeCall(harness);
  runUntil(
    harness,
    () => recorder.has(attemptId, 'answered') || recorder.terminalsOf(attemptId).length > 0,
  );
  await harness.provider.hangup(attemptId);
  return outcomeOf(recorder, attemptId);
}

describe('simulated provider', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('delivers nothing before dial() resolves: the first event waits for the clock', async () => {
    const { harness, recorder } = setUp({ zeroRingTime: true, scriptedOutcomes: ['answer'] });
    const { attemptId } = await placeCall(harness);
    expect(recorder.events).toEqual([]);

    harness.clock.advance(0);
    expect(recorder.typesOf(attemptId)).toEqual(['ringing', 'answered']);
  });

  it('delivers the end of a hung-up call before hangup() resolves', async () => {
    const { harness, recorder } = setUp({ scriptedOutcomes: ['answer'] });
    const { attemptId } = await placeCall(harness);
    harness.clock.advance(6_000);

    const hangingUp = harness.provider.hangup(attemptId);
    expect(recorder.terminalsOf(attemptId)).toEqual([
      expect.objectContaining({ reason: 'hangup-local', at: harness.clock.now() }),
    ]);
    await hangingUp;
    expect(harness.clock.pendingTimers()).toBe(0);
  });

  it('plays scripted outcomes in order, then queued ones, then draws again', async () => {
    const { harness, recorder } = setUp({
      zeroRingTime: true,
      scriptedOutcomes: ['answer', 'no-answer', 'busy'],
    });
    harness.provider.queueOutcomes(['failed', 'machine']);

    const outcomes: SimulatedOutcome[] = [];
    for (let i = 0; i < 5; i++) outcomes.push(await dialAndSettle(harness, recorder));

    expect(outcomes).toEqual(['answer', 'no-answer', 'busy', 'failed', 'machine']);
  });

  it('draws the same outcomes after a script as it would have without one', async () => {
    const scripted = setUp({ seed: 99, zeroRingTime: true, scriptedOutcomes: ['busy', 'busy'] });
    const plain = setUp({ seed: 99, zeroRingTime: true });
    const outcomes = async (run: ReturnType<typeof setUp>) => {
      const list: SimulatedOutcome[] = [];
      for (let i = 0; i < 12; i++) list.push(await dialAndSettle(run.harness, run.recorder));
      return list;
    };

    const [withScript, withoutScript] = [await outcomes(scripted), await outcomes(plain)];

    expect(withScript.slice(0, 2)).toEqual(['busy', 'busy']);
    expect(withScript.slice(2)).toEqual(withoutScript.slice(2));
    expect(new Set(withoutScript).size).toBeGreaterThan(1);
  });

  it('refuses to queue an outcome it does not know', () => {
    const { harness } = setUp();
    expect(() => harness.provider.queueOutcomes(['voicemail' as SimulatedOutcome])).toThrow(
      /Unknown simulated outcome "voicemail"/,
    );
  });

  it.each([
    [{ attemptId: '', to: '+14155550123', callerId: null }, /attempt id/],
    [{ attemptId: 'a', to: '4155550123', callerId: null }, /E\.164/],
    [{ attemptId: 'a', to: '+0155550123', callerId: null }, /E\.164/],
    [{ attemptId: 'a', to: '+14155550123', callerId: 'ACME' }, /caller ID "ACME"/],
  ])('refuses a dial it cannot place: %o', async (request, message) => {
    const { harness, recorder } = setUp();
    const dialing = harness.provider.dial(request);
    await expect(dialing).rejects.toThrow(message);
    await expect(dialing).rejects.toMatchObject({ code: 'invalid-argument' });
    harness.clock.advance(60_000);
    expect(recorder.events).toEqual([]);
  });

  it('rejects with coded DomainErrors a caller can turn into a Result', async () => {
    const { harness } = setUp({ scriptedOutcomes: ['answer'] });
    const { attemptId } = await placeCall(harness);

    await expect(harness.provider.setMuted(attemptId, true)).rejects.toMatchObject({
      code: 'illegal-transition',
      message: expect.stringMatching(/not connected \(it is dialing\)/) as unknown,
    });
    harness.clock.advance(6_000);
    const refused = harness.provider.sendDigits(attemptId, '12x');
    await expect(refused).rejects.toBeInstanceOf(DomainError);
    await expect(refused).rejects.toMatchObject({ code: 'invalid-argument' });
  });

  it('lets the prospect hang up only a connected call', async () => {
    const { harness, recorder } = setUp({ scriptedOutcomes: ['answer'] });
    const { attemptId } = await placeCall(harness);

    expect(() => harness.provider.remoteHangup(attemptId)).toThrow(/not connected/);
    expect(() => harness.provider.remoteHangup('unknown')).toThrow(/no call in progress/);
    harness.clock.advance(6_000);
    harness.provider.remoteHangup(attemptId);

    expect(recorder.terminalsOf(attemptId)).toEqual([
      expect.objectContaining({ reason: 'hangup-remote', at: harness.clock.now() }),
    ]);
  });

  it('keeps delivering to other listeners when one throws', async () => {
    const reported = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { harness } = setUp({ zeroRingTime: true, scriptedOutcomes: ['busy'] });
    harness.provider.subscribe(() => {
      throw new Error('broken listener');
    });
    const after = new EventRecorder(harness.provider);
    const { attemptId } = await placeCall(harness);

    harness.clock.advance(0);

    expect(after.typesOf(attemptId)).toEqual(['ended']);
    expect(reported).toHaveBeenCalledWith(expect.any(String), new Error('broken listener'));
  });

  it('a listener that hangs up on answer stops the rest of the call there', async () => {
    const { harness, recorder } = setUp({ scriptedOutcomes: ['answer'] });
    harness.provider.subscribe((event) => {
      if (event.type === 'answered') void harness.provider.hangup(event.attemptId);
    });
    const { attemptId } = await placeCall(harness);

    harness.clock.advance(10 * 60_000);

    expect(recorder.typesOf(attemptId)).toEqual(['ringing', 'answered', 'ended']);
    expect(recorder.find(attemptId, 'ended')?.reason).toBe('hangup-local');
  });

  it('runs calls side by side, and dispose ends each the right way', async () => {
    const { harness, recorder } = setUp({ scriptedOutcomes: ['answer', 'no-answer'] });
    const live = await placeCall(harness);
    harness.clock.advance(5_000);
    const ringing = await placeCall(harness);
    harness.clock.advance(1_500);

    await harness.provider.dispose();

    expect(recorder.terminalsOf(live.attemptId)).toEqual([
      expect.objectContaining({ reason: 'hangup-local' }),
    ]);
    expect(recorder.terminalsOf(ringing.attemptId)).toEqual([
      expect.objectContaining({ reason: 'canceled' }),
    ]);
    expect(harness.clock.pendingTimers()).toBe(0);
  });

  describe('muting', () => {
    it('a prospect who hears silence for a while asks if anyone is there', async () => {
      const { harness, recorder } = setUp({
        scriptedOutcomes: ['answer'],
        speechGapMs: { minMs: 100_000, maxMs: 100_000 },
      });
      const { attemptId } = await placeCall(harness);
      harness.clock.advance(6_000);
      const mutedAt = harness.clock.now();
      await harness.provider.setMuted(attemptId, true);

      harness.clock.advance(MUTED_SILENCE_PROMPT_MS);

      expect(recorder.of(attemptId).at(-1)).toMatchObject({
        type: 'speech',
        text: STILL_THERE_LINE,
        at: mutedAt + MUTED_SILENCE_PROMPT_MS,
      });
    });

    it('unmuting in time, or hanging up, means no one asks', async () => {
      const { harness, recorder } = setUp({ scriptedOutcomes: ['answer', 'answer'] });
      const first = await placeCall(harness);
      harness.clock.advance(6_000);
      await harness.provider.setMuted(first.attemptId, true);
      harness.clock.advance(MUTED_SILENCE_PROMPT_MS - 1);
      await harness.provider.setMuted(first.attemptId, false);
      harness.clock.advance(MUTED_SILENCE_PROMPT_MS);
      await harness.provider.hangup(first.attemptId);

      const second = await placeCall(harness);
      harness.clock.advance(6_000);
      await harness.provider.setMuted(second.attemptId, true);
      await harness.provider.hangup(second.attemptId);
      harness.clock.advance(MUTED_SILENCE_PROMPT_MS);

      const texts = recorder.events.flatMap((e) => (e.type === 'speech' ? [e.text] : []));
      expect(texts.length).toBeGreaterThan(0);
      expect(texts).not.toContain(STILL_THERE_LINE);
    });

    it('an answering machine does not care about silence', async () => {
      const { harness, recorder } = setUp({ scriptedOutcomes: ['machine'] });
      const { attemptId } = await placeCall(harness);
      harness.clock.advance(6_000);
      await harness.provider.setMuted(attemptId, true);

      harness.clock.advance(MUTED_SILENCE_PROMPT_MS * 2);

      const texts = recorder.of(attemptId).flatMap((e) => (e.type === 'speech' ? [e.text] : []));
      expect(texts).not.toContain(STILL_THERE_LINE);
    });
  });
});
