import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProviderEvent, TelephonyProvider } from '../../../electron/core/telephony/provider';
import { EventRecorder, type ProviderEventType } from './event-recorder';
import { expectMuteReachesTheLine, type LiveCall } from './mute-rule';

/** How the harness can make the next dial go. */
export type ContractOutcome = 'answer' | 'no-answer' | 'busy' | 'failed';

/** What a provider's test setup gives the contract suite; one fresh harness per test. */
export interface ProviderContractHarness {
  readonly provider: TelephonyProvider;
  /** The next dial is answered by a person, rings out, hits a busy line, or fails. */
  setNextOutcome(outcome: ContractOutcome): void;
  /** The prospect hangs up a connected call. */
  hangUpRemotely(attemptId: string): void | Promise<void>;
  /** Whether the line itself has the rep muted on this call, read where the provider keeps it. */
  mutedOnLine(call: LiveCall): boolean | Promise<boolean>;
  /** The caller ID the far end of this call sees, read where the line delivers it. */
  callerIdAtFarEnd(call: LiveCall): string | null | Promise<string | null>;
  /** Moves the harness's time forward, delivering whatever the provider does meanwhile. */
  advance(ms: number): Promise<void>;
  now(): number;
}

export type MakeProviderHarness = () => ProviderContractHarness | Promise<ProviderContractHarness>;

const STEP_MS = 250;
/** Longer than any provider may take to ring out, answer or fail. */
const PATIENCE_MS = 10 * 60_000;
const TERMINAL_TYPES: readonly ProviderEventType[] = ['ended', 'failed'];

/**
 * The rules of electron/core/telephony/provider.ts as tests. Every provider runs them against its
 * own harness: `describeProviderContract('twilio', () => harnessOverAFakeDevice())`.
 */
export function describeProviderContract(name: string, makeHarness: MakeProviderHarness): void {
  describe(`${name} provider contract`, () => {
    let harness: ProviderContractHarness;
    let recorder: EventRecorder;
    let nextAttempt = 0;

    beforeEach(async () => {
      harness = await makeHarness();
      recorder = new EventRecorder(harness.provider);
    });

    afterEach(async () => {
      await harness.provider.dispose();
    });

    interface PlacedCall {
      attemptId: string;
      providerCallId: string;
      placedAt: number;
    }

    async function dial(outcome: ContractOutcome, callerId = '+14155550100'): Promise<PlacedCall> {
      const attemptId = `contract-${++nextAttempt}`;
      harness.setNextOutcome(outcome);
      const placedAt = harness.now();
      const { providerCallId } = await harness.provider.dial({
        attemptId,
        to: '+14155550123',
        callerId,
      });
      return { attemptId, providerCallId, placedAt };
    }

    async function advanceUntil(condition: () => boolean, what: string): Promise<void> {
      for (let waited = 0; !condition(); waited += STEP_MS) {
        if (waited > PATIENCE_MS) throw new Error(`Nothing delivered ${what} in ${PATIENCE_MS} ms`);
        await harness.advance(STEP_MS);
      }
    }

    const untilType = (call: PlacedCall, type: ProviderEventType) =>
      advanceUntil(() => recorder.has(call.attemptId, type), `'${type}' for ${call.attemptId}`);

    const untilOver = (call: PlacedCall) =>
      advanceUntil(
        () => recorder.terminalsOf(call.attemptId).length > 0,
        `an end for ${call.attemptId}`,
      );

    async function answeredCall(): Promise<PlacedCall> {
      const call = await dial('answer');
      await untilType(call, 'answered');
      return call;
    }

    /** Plenty of time for anything a provider might still (wrongly) do. */
    const linger = () => harness.advance(PATIENCE_MS);

    function expectWellFormed(call: PlacedCall): ProviderEvent {
      const events = recorder.of(call.attemptId);
      expectWellFormedCall(events, call, harness.now());
      return events.at(-1) as ProviderEvent;
    }

    it('an answered call goes ringing → answered by a person → ended, carrying its ids', async () => {
      const call = await answeredCall();
      expect(recorder.find(call.attemptId, 'answered')?.by).toBe('human');

      await harness.provider.hangup(call.attemptId);
      await linger();

      expect(expectWellFormed(call)).toMatchObject({ type: 'ended', reason: 'hangup-local' });
    });

    it.each([
      ['a call nobody answers', 'no-answer'],
      ['a busy line', 'busy'],
    ] as const)('%s ends once with %s and is never answered', async (_call, outcome) => {
      const call = await dial(outcome);
      await untilOver(call);
      await linger();

      expect(expectWellFormed(call)).toMatchObject({ type: 'ended', reason: outcome });
      expect(recorder.has(call.attemptId, 'answered')).toBe(false);
    });

    it('a failing call emits one failed event with a code and a message a rep can read', async () => {
      const call = await dial('failed');
      await untilOver(call);
      await linger();

      const failed = expectWellFormed(call);
      expect(failed.type).toBe('failed');
      if (failed.type !== 'failed') return;
      expect(failed.code).toMatch(/\S/);
      expect(failed.message.length).toBeGreaterThan(10);
      expect(recorder.has(call.attemptId, 'answered')).toBe(false);
    });

    it('hanging up a live call ends it with hangup-local exactly once', async () => {
      const call = await answeredCall();

      await harness.provider.hangup(call.attemptId);
      await harness.provider.hangup(call.attemptId);
      await linger();

      expect(recorder.terminalsOf(call.attemptId)).toEqual([
        expect.objectContaining({ type: 'ended', reason: 'hangup-local' }),
      ]);
      expectWellFormed(call);
    });

    it('hanging up a call that already ended does nothing', async () => {
      const call = await dial('busy');
      await untilOver(call);
      const delivered = recorder.events.length;

      await expect(harness.provider.hangup(call.attemptId)).resolves.toBeUndefined();
      await linger();

      expect(recorder.events).toHaveLength(delivered);
    });

    it('hanging up an attempt the provider never saw does nothing', async () => {
      await expect(harness.provider.hangup('never-dialed')).resolves.toBeUndefined();
      await linger();
      expect(recorder.events).toEqual([]);
    });

    it('hanging up while still dialing cancels the call, which is then never answered', async () => {
      const call = await dial('answer');

      await harness.provider.hangup(call.attemptId);
      await linger();

      expect(expectWellFormed(call)).toMatchObject({ type: 'ended', reason: 'canceled' });
      expect(recorder.has(call.attemptId, 'answered')).toBe(false);
    });

    it('hanging up while ringing cancels the call, which is then never answered', async () => {
      const call = await dial('answer');
      await untilType(call, 'ringing');

      await harness.provider.hangup(call.attemptId);
      await linger();

      expect(expectWellFormed(call)).toMatchObject({ type: 'ended', reason: 'canceled' });
      expect(recorder.has(call.attemptId, 'answered')).toBe(false);
    });

    it('a remote hang-up ends a live call with hangup-remote, once', async () => {
      const call = await answeredCall();

      await harness.hangUpRemotely(call.attemptId);
      await harness.provider.hangup(call.attemptId);
      await linger();

      expect(expectWellFormed(call)).toMatchObject({ type: 'ended', reason: 'hangup-remote' });
    });

    it('the far end sees the caller ID the dial asked for (local presence’s choice)', async () => {
      // Not the line's own caller ID: a number of the pool, as a lead in 303 gets it.
      const call = await dial('answer', '+13035550100');
      await untilType(call, 'answered');

      expect(await harness.callerIdAtFarEnd(call)).toBe('+13035550100');
    });

    it('mute and unmute on a live call reach the line', async () => {
      const call = await answeredCall();

      await expectMuteReachesTheLine(harness, call);
    });

    it('keypad tones work on a live call', async () => {
      const call = await answeredCall();

      await expect(
        harness.provider.sendDigits(call.attemptId, '0123456789*#ABCD'),
      ).resolves.toBeUndefined();
    });

    it('mute and keypad tones reject when there is no live call', async () => {
      const expectRejected = async (attemptId: string) => {
        await expect(harness.provider.setMuted(attemptId, true)).rejects.toThrow(Error);
        await expect(harness.provider.sendDigits(attemptId, '1')).rejects.toThrow(Error);
      };
      await expectRejected('never-dialed');

      const call = await dial('answer');
      await expectRejected(call.attemptId);
      await untilType(call, 'ringing');
      await expectRejected(call.attemptId);
      await untilType(call, 'answered');
      await harness.provider.hangup(call.attemptId);
      await expectRejected(call.attemptId);
    });

    it('keypad tones other than 0-9 * # A-D are refused on a live call', async () => {
      const call = await answeredCall();

      for (const digits of ['', 'x', '12e', '1 2', 'a', '+1']) {
        await expect(harness.provider.sendDigits(call.attemptId, digits)).rejects.toThrow(/0-9/);
      }
    });

    it('a second dial for an attempt whose call is in progress is refused', async () => {
      const call = await dial('answer');
      harness.setNextOutcome('answer');

      await expect(
        harness.provider.dial({ attemptId: call.attemptId, to: '+14155550124', callerId: null }),
      ).rejects.toThrow(Error);
    });

    it('unsubscribing stops delivery to that listener only', async () => {
      const leaving: ProviderEvent[] = [];
      const unsubscribe = harness.provider.subscribe((event) => leaving.push(event));
      const call = await dial('no-answer');
      await untilType(call, 'ringing');
      const heardBeforeLeaving = leaving.length;

      unsubscribe();
      unsubscribe();
      await untilOver(call);

      expect(heardBeforeLeaving).toBeGreaterThan(0);
      expect(leaving).toHaveLength(heardBeforeLeaving);
      expect(recorder.has(call.attemptId, 'ended')).toBe(true);
    });

    it('dispose ends a live call with hangup-local, then the provider goes silent', async () => {
      const call = await answeredCall();

      await harness.provider.dispose();
      await linger();

      expect(expectWellFormed(call)).toMatchObject({ type: 'ended', reason: 'hangup-local' });
      await expect(
        harness.provider.dial({ attemptId: 'after-dispose', to: '+14155550123', callerId: null }),
      ).rejects.toThrow(Error);
      await expect(harness.provider.dispose()).resolves.toBeUndefined();
    });

    it('dispose cancels a call that is still ringing', async () => {
      const call = await dial('answer');
      await untilType(call, 'ringing');

      await harness.provider.dispose();
      await linger();

      expect(expectWellFormed(call)).toMatchObject({ type: 'ended', reason: 'canceled' });
    });

    it('any outcome cut short at any moment still gives a well-formed call', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom<ContractOutcome>('answer', 'no-answer', 'busy', 'failed'),
          fc.option(fc.integer({ min: 0, max: 60_000 }), { nil: null }),
          async (outcome, hangupAfterMs) => {
            await harness.provider.dispose();
            harness = await makeHarness();
            recorder = new EventRecorder(harness.provider);
            const call = await dial(outcome);

            if (hangupAfterMs !== null) {
              await harness.advance(hangupAfterMs);
              await harness.provider.hangup(call.attemptId);
            }
            await linger();

            expect(recorder.terminalsOf(call.attemptId)).toHaveLength(1);
            expectWellFormed(call);
          },
        ),
        { numRuns: 40 },
      );
    });
  });
}

/**
 * ringing? → answered? → exactly one of ended | failed, last; speech only while connected; every
 * event names the call and is stamped in order, no earlier than the dial and no later than now.
 */
export function expectWellFormedCall(
  events: readonly ProviderEvent[],
  call: { attemptId: string; providerCallId: string; placedAt: number },
  now: number,
): void {
  const lifecycle = events
    .map((event) => event.type)
    .filter((type) => type !== 'speech' && type !== 'quality-warning');
  expect(lifecycle.join(' → ')).toMatch(/^(ringing → )?(answered → )?(ended|failed)$/);
  expect(TERMINAL_TYPES).toContain(events.at(-1)?.type);

  const answeredIndex = events.findIndex((event) => event.type === 'answered');
  events.forEach((event, index) => {
    expect(event.attemptId).toBe(call.attemptId);
    if (event.type !== 'failed' || event.providerCallId !== null) {
      expect(event.providerCallId).toBe(call.providerCallId);
    }
    if (event.type === 'speech') expect(answeredIndex).toBeGreaterThanOrEqual(0);
    if (event.type === 'speech') expect(index).toBeGreaterThan(answeredIndex);
  });

  const stamps = events.map((event) => event.at);
  expect(stamps).toEqual([...stamps].sort((a, b) => a - b));
  expect(Math.min(...stamps)).toBeGreaterThanOrEqual(call.placedAt);
  expect(Math.max(...stamps)).toBeLessThanOrEqual(now);
}
