import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CallEndReason } from '../../../../shared/domain/call';
import { DEFAULT_DISPOSITIONS } from '../../../../shared/domain/disposition';
import { PAUSE_CODES, type PauseCode } from '../../../../shared/domain/session';
import { DomainError } from '../../../../shared/result';
import type { SessionSnapshot } from '../../../../electron/core/dialing/session/session-snapshot';
import type { PortName } from './fake-ports';
import { createHarness, type Harness } from './session-harness';

type Command =
  | { kind: 'intent'; name: IntentName; code?: string; pauseCode?: PauseCode; leadId?: number }
  | { kind: 'line'; event: 'ring' | 'answer-human' | 'answer-machine' | 'fail' | CallEndReason }
  | { kind: 'time'; ms: number }
  | { kind: 'fault'; port: PortName };

type IntentName =
  | 'start'
  | 'dial'
  | 'dialLead'
  | 'hangup'
  | 'mute'
  | 'digits'
  | 'select'
  | 'note'
  | 'callback'
  | 'confirm'
  | 'undo'
  | 'skip'
  | 'pause'
  | 'resume'
  | 'stop';

const INTENT_NAMES: IntentName[] = [
  'start',
  'dial',
  'dialLead',
  'hangup',
  'mute',
  'digits',
  'select',
  'note',
  'callback',
  'confirm',
  'undo',
  'skip',
  'pause',
  'resume',
  'stop',
];
const PORTS: PortName[] = [
  'nextLead',
  'takeLead',
  'isDialable',
  'skipLead',
  'releaseLead',
  'startAttempt',
  'saveCallProgress',
  'recordOutcome',
  'undoOutcome',
];
const CODES = DEFAULT_DISPOSITIONS.map((d) => d.code);

const intent = (...names: IntentName[]) =>
  fc.record({
    kind: fc.constant('intent' as const),
    name: fc.constantFrom(...names),
    code: fc.constantFrom(...CODES),
    pauseCode: fc.constantFrom(...PAUSE_CODES),
    leadId: fc.integer({ min: 1, max: 31 }),
  });

// Weighted towards the rep's everyday loop so runs get deep into calls, wrap-ups and pauses.
const command: fc.Arbitrary<Command> = fc.oneof(
  { weight: 4, arbitrary: intent('start', 'dial', 'select', 'confirm', 'hangup') },
  { weight: 2, arbitrary: intent(...INTENT_NAMES) },
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('line' as const),
      event: fc.constantFrom(
        'ring',
        'answer-human',
        'answer-machine',
        'fail',
        'no-answer',
        'busy',
        'voicemail',
        'hangup-remote',
        'canceled',
      ),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('time' as const),
      ms: fc.constantFrom(500, 2_000, 10_000, 16_000, 30_000),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('fault' as const), port: fc.constantFrom(...PORTS) }),
  },
);

async function apply(h: Harness, cmd: Command): Promise<unknown> {
  const { session, provider } = h;
  switch (cmd.kind) {
    case 'time':
      h.clock.advance(cmd.ms);
      return null;
    case 'fault':
      h.ports.failNext(cmd.port);
      return null;
    case 'line': {
      const dial = provider.dials.at(-1);
      if (!dial) return null;
      if (cmd.event === 'ring') provider.ring(dial.attemptId);
      else if (cmd.event === 'answer-human') provider.answer(dial.attemptId, 'human');
      else if (cmd.event === 'answer-machine') provider.answer(dial.attemptId, 'machine');
      else if (cmd.event === 'fail') provider.fail(dial.attemptId);
      else provider.end(dial.attemptId, cmd.event);
      return null;
    }
    case 'intent': {
      const run: Record<IntentName, () => Promise<void>> = {
        start: () => session.start(),
        dial: () => session.dial(),
        dialLead: () => session.dialLead(cmd.leadId ?? 1),
        hangup: () => session.hangup(),
        mute: () => session.setMuted(!session.snapshot().call?.muted),
        digits: () => session.sendDigits('5'),
        select: () => session.selectOutcome(cmd.code ?? 'converted'),
        note: () => session.setNote('note'),
        callback: () => session.setCallbackAt(h.now() + 3_600_000),
        confirm: () => session.confirm(),
        undo: () => session.undoLastOutcome(),
        skip: () => session.skip('reason'),
        pause: () => session.pause(cmd.pauseCode ?? 'break'),
        resume: () => session.resume(),
        stop: () => session.stop(),
      };
      return run[cmd.name]().then(
        () => null,
        (error: unknown) => error,
      );
    }
  }
}

function checkSnapshot(s: SessionSnapshot): void {
  const inCall = s.state === 'dialing' || s.state === 'ringing' || s.state === 'connected';
  const unfinished = s.state === 'paused' && s.pause?.reason === 'wrap-up-expired';
  expect(s.call !== null).toBe(inCall || s.state === 'wrap-up' || unfinished);
  expect(s.offer !== null).toBe(s.call !== null || s.state === 'preview');
  expect(s.draft !== null).toBe(s.call !== null);
  expect(s.pause !== null).toBe(s.state === 'paused');
  expect(s.idleReason !== null).toBe(s.state === 'idle');
  if (s.state !== 'wrap-up') expect(s.wrapUpDeadline).toBeNull();
  if (inCall) expect(s.call?.endedAt).toBeNull();
  if (s.state === 'wrap-up' || unfinished) expect(s.call?.endedAt).not.toBeNull();
  if (s.call) expect(s.call.attemptId).toMatch(/^attempt-\d+$/);
  if (s.draft?.outcomeCode) expect([...CODES, 'busy', 'failed']).toContain(s.draft.outcomeCode);
  // The outcome undo would take back is never the call on screen's own.
  if (s.lastOutcome && s.call) expect(s.lastOutcome.attemptId).not.toBe(s.call.attemptId);
  if (s.reopened && s.call) expect(s.reopened.attemptId).not.toBe(s.call.attemptId);
}

function expectedTimers(s: SessionSnapshot): number {
  if (s.state === 'dialing' || s.state === 'ringing') return 1;
  if (s.state === 'wrap-up') return s.wrapUpDeadline === null ? 0 : 1;
  return 0;
}

function checkAll(h: Harness, unlockFailed: boolean): void {
  const s = h.snap();
  checkSnapshot(s);
  expect(h.clock.pendingTimers()).toBe(expectedTimers(s));
  // Never a call the store does not know about, never an outcome for a call still going.
  for (const dial of h.provider.dials) expect(h.ports.attempts.has(dial.attemptId)).toBe(true);
  for (const [attempt] of h.ports.callsOf('recordOutcome')) {
    expect((attempt as { endedAt: number | null }).endedAt).not.toBeNull();
  }
  // One call at a time: a lead is dialed only once the previous call's outcome was recorded.
  const writes = h.ports.calls.map(
    (call) => `${call.port}:${(call.args[0] as { id?: string } | undefined)?.id}`,
  );
  for (const [index, dial] of h.provider.dials.entries()) {
    const previous = h.provider.dials[index - 1];
    if (!previous) continue;
    const recorded = Math.max(
      writes.indexOf(`recordOutcome:${previous.attemptId}`),
      writes.indexOf(`skipCall:${previous.attemptId}`),
    );
    expect(recorded).toBeGreaterThanOrEqual(0);
    expect(recorded).toBeLessThan(writes.indexOf(`startAttempt:${dial.attemptId}`));
  }
  // Only the lead on screen and the one looked up for the next dial may be locked
  // (a failed unlock is reported and left to the store's lock expiry).
  if (s.offer) expect(h.ports.locked.has(s.offer.lead.id)).toBe(true);
  if (!unlockFailed) {
    // A withdrawn call's lead stays held until its outcome is recorded again.
    expect(h.ports.locked.size).toBeLessThanOrEqual(s.reopened ? 3 : 2);
    if (s.state === 'idle' || (s.state === 'paused' && s.call === null)) {
      expect([...h.ports.locked]).toEqual([]);
    }
  }
}

const isUnlockFault = (cmd: Command) =>
  cmd.kind === 'fault' && (cmd.port === 'releaseLead' || cmd.port === 'skipLead');

const START_COMMAND: Command = { kind: 'intent', name: 'start' };
const commands = fc.array(command, { minLength: 20, maxLength: 60 });

describe('PowerDialSession: invariants under any sequence of intents, line events, time and store failures', () => {
  it.each(['power', 'preview'] as const)('%s mode, one thing at a time', async (mode) => {
    await fc.assert(
      fc.asyncProperty(commands, async (cmds) => {
        const h = createHarness({ leads: 30, config: { mode } });
        let unlockFailed = false;
        for (const cmd of [START_COMMAND, ...cmds]) {
          unlockFailed ||= isUnlockFault(cmd);
          const outcome = await apply(h, cmd);
          await h.settle();
          if (outcome !== null) expect(outcome).toBeInstanceOf(DomainError);
          checkAll(h, unlockFailed);
        }
      }),
      { numRuns: 150, seed: 20261127 },
    );
  });

  it.each(['power', 'preview'] as const)(
    '%s mode, with bursts of keys and line events arriving before earlier ones are applied',
    async (mode) => {
      await fc.assert(
        fc.asyncProperty(commands, fc.integer({ min: 2, max: 5 }), async (cmds, burst) => {
          const h = createHarness({ leads: 30, config: { mode } });
          let unlockFailed = false;
          let pending: Array<Promise<unknown>> = [];
          for (const [index, cmd] of [START_COMMAND, ...cmds].entries()) {
            unlockFailed ||= isUnlockFault(cmd);
            pending.push(apply(h, cmd));
            if (index % burst !== 0) continue;
            const outcomes = await Promise.all(pending);
            pending = [];
            await h.settle();
            for (const outcome of outcomes) {
              if (outcome !== null) expect(outcome).toBeInstanceOf(DomainError);
            }
            checkAll(h, unlockFailed);
          }
        }),
        { numRuns: 150, seed: 20261127 },
      );
    },
  );
});
