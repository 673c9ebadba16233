import { describe, expect, it } from 'vitest';
import type { DialMode, SessionSnapshot } from '../../../../shared/domain/session';
import { DomainError } from '../../../../shared/result';
import { illegalTransition } from '../../../../electron/core/dialing/session/session-errors';
import {
  INPUTS,
  LANDINGS,
  PHASES,
  TRANSITIONS,
  sourceOf,
  transition,
  type Effect,
  type Entry,
  type Input,
  type Phase,
} from '../../../../electron/core/dialing/session/transitions';
import type { PortName } from './fake-ports';
import { phaseOfSnapshot, reachPhase, type Reached, type Situation } from './reach-phase';

/** Each port and line call, as the table names what it is for. */
const EFFECT_OF_PORT: Record<PortName, Effect> = {
  nextLead: 'look-up-lead',
  takeLead: 'take-lead',
  isDialable: 'place-call',
  startAttempt: 'place-call',
  skipLead: 'skip-lead',
  releaseLead: 'release-lead',
  saveCallProgress: 'save-progress',
  recordOutcome: 'record-outcome',
  undoOutcome: 'undo-outcome',
  skipCall: 'skip-call',
};

/** The one timer each clock input is, and the phase in which the session arms it. */
const TIMER_ARMED_IN: Partial<Record<Input, Phase>> = {
  'stuck-timeout': 'dialing',
  'no-answer-timeout': 'ringing',
  'wrap-up-expired': 'wrap-up',
  'wrap-up-expired-undecided': 'wrap-up',
};

function situationFor(input: Input): Situation {
  if (input === 'undo') return { outcomeRecorded: true };
  if (input === 'dial-placed' || input === 'dial-rejected') return { dialPending: true };
  if (input === 'confirm' || input === 'wrap-up-expired') return { outcomeChosen: true };
  return {};
}

interface Observed {
  effects: Effect[];
  error: unknown;
}

/** Sends `input` the way it arises; null when it cannot arise in this phase and situation. */
async function send(reached: Reached, phase: Phase, input: Input): Promise<Observed | null> {
  const { h, dial } = reached;
  const { session, provider, ports } = h;
  const lastAttempt = provider.dials.at(-1)?.attemptId ?? 'attempt-never-made';
  const before = {
    snap: h.snap(),
    ports: ports.calls.length,
    dials: provider.dials.length,
    hangups: provider.hangups.length,
    mutes: provider.mutes.length,
    digits: provider.digits.length,
  };
  let error: unknown = null;
  const run = (intent: Promise<void>) =>
    intent.then(
      () => undefined,
      (e: unknown) => void (error = e),
    );
  switch (input) {
    case 'start':
      await run(session.start());
      break;
    case 'dial':
      await run(session.dial());
      break;
    case 'dial-lead':
      await run(session.dialLead(3));
      break;
    case 'hang-up':
      await run(session.hangup());
      break;
    case 'mute':
      await run(session.setMuted(true));
      break;
    case 'unmute':
      await run(session.setMuted(false));
      break;
    case 'send-digits':
      await run(session.sendDigits('1'));
      break;
    case 'choose-outcome':
      await run(session.selectOutcome('not-interested'));
      break;
    case 'write-note':
      await run(session.setNote('hello'));
      break;
    case 'set-callback':
      await run(session.setCallbackAt(h.now() + 3_600_000));
      break;
    case 'confirm':
      await run(session.confirm());
      break;
    case 'undo':
      await run(session.undoLastOutcome());
      break;
    case 'skip':
      await run(session.skip('not today'));
      break;
    case 'pause':
      await run(session.pause('break'));
      break;
    case 'resume':
      await run(session.resume());
      break;
    case 'stop':
      await run(session.stop());
      break;
    case 'line-ringing':
      provider.ring(lastAttempt);
      break;
    case 'line-answered':
      provider.answer(lastAttempt, 'human');
      break;
    case 'machine-answered':
      provider.answer(lastAttempt, 'machine');
      break;
    case 'line-ended':
      provider.end(lastAttempt, 'hangup-remote');
      break;
    case 'line-failed':
      provider.fail(lastAttempt);
      break;
    case 'quality-warning':
      provider.emit({
        type: 'quality-warning',
        attemptId: lastAttempt,
        providerCallId: provider.callIdOf(lastAttempt),
        at: h.now(),
        warning: 'high-jitter',
        active: true,
      });
      break;
    case 'dial-placed':
    case 'dial-rejected':
      if (!dial) return null;
      if (input === 'dial-rejected') provider.dialError = new Error('Microphone permission denied');
      dial.resolve();
      break;
    case 'stuck-timeout':
    case 'no-answer-timeout':
    case 'wrap-up-expired':
    case 'wrap-up-expired-undecided':
      // A timer the session cancels as it leaves the phase cannot fire anywhere else.
      if (TIMER_ARMED_IN[input] !== phase) return null;
      expect(h.clock.pendingTimers()).toBe(1);
      h.clock.runNext();
      break;
  }
  await h.settle();

  const after = h.snap();
  const effects = new Set<Effect>(
    ports.calls.slice(before.ports).map((c) => EFFECT_OF_PORT[c.port]),
  );
  if (provider.dials.length > before.dials) effects.add('place-call');
  if (provider.hangups.length > before.hangups) effects.add('hang-up');
  if (provider.mutes.length > before.mutes) effects.add('set-muted');
  if (provider.digits.length > before.digits) effects.add('send-digits');
  if (before.snap.pauseAfterCall === null && after.pauseAfterCall !== null) {
    effects.add('pause-after-call');
  }
  if (before.snap.reopened === null && after.reopened !== null) effects.add('reopen-after-call');
  if (
    before.snap.state === 'wrap-up' &&
    after.state === 'wrap-up' &&
    before.snap.wrapUpDeadline !== null &&
    after.wrapUpDeadline === null
  ) {
    effects.add('hold-countdown');
  }
  return { effects: [...effects].sort(), error };
}

function refusalMessage(entry: Entry, before: SessionSnapshot): string {
  if (entry.kind !== 'refused') throw new Error('Not a refusal.');
  switch (entry.because) {
    case 'wrong-state':
      return illegalTransition(entry.action, before.state, entry.allowed).message;
    case 'already-paused':
      return `Already paused (${before.pause?.code}).`;
    case 'stated':
      return entry.message;
  }
}

const MODES: DialMode[] = ['power', 'preview'];
const PAIRS = MODES.flatMap((mode) =>
  PHASES.flatMap((phase) => INPUTS.map((input) => [mode, phase, input] as const)),
);
const unsent: string[] = [];
let sent = 0;

describe('The transition table', () => {
  it('declares every phase × input: a move, a refusal with its reason, or ignored news', () => {
    expect(PHASES).toHaveLength(8);
    expect(INPUTS).toHaveLength(28);
    for (const phase of PHASES) {
      expect(Object.keys(TRANSITIONS[phase]).sort()).toEqual([...INPUTS].sort());
      for (const input of INPUTS) {
        const entry = transition(phase, input);
        // The rep's intents are refused where they do not apply; news from the line or the clock is not.
        if (sourceOf(input) === 'rep') expect(entry.kind).not.toBe('ignored');
        else expect(entry.kind).not.toBe('refused');
      }
    }
  });

  it('says, for a wrong-state refusal, the states the input is a move in', () => {
    for (const input of INPUTS) {
      const accepting = PHASES.filter((phase) => transition(phase, input).kind === 'move');
      for (const phase of PHASES) {
        const entry = transition(phase, input);
        if (entry.kind !== 'refused' || entry.because !== 'wrong-state') continue;
        // A pause holding an unfinished call is not listed: a plain pause would read it as its own.
        expect(entry.allowed).toEqual(accepting.filter((p) => p !== 'paused-unfinished'));
        expect(accepting).not.toContain(phase);
      }
    }
  });

  it('words refusals as the rep has always read them', () => {
    const words = (phase: Phase, input: Input, state: SessionSnapshot['state']) => {
      const entry = transition(phase, input);
      return entry.kind === 'refused' && entry.because === 'wrong-state'
        ? illegalTransition(entry.action, state, entry.allowed).message
        : null;
    };
    expect(words('connected', 'confirm', 'connected')).toBe(
      'Cannot confirm an outcome while on a call: only when in wrap-up.',
    );
    expect(words('idle', 'hang-up', 'idle')).toBe(
      'Cannot hang up while idle: only when dialing or ringing or on a call.',
    );
    expect(words('wrap-up', 'dial-lead', 'wrap-up')).toBe(
      'Cannot dial this lead while in wrap-up: only when idle or previewing a lead or paused.',
    );
    expect(words('dialing', 'stop', 'dialing')).toBe(
      'Cannot stop while dialing: only when idle or previewing a lead or paused.',
    );
    expect(words('wrap-up', 'mute', 'wrap-up')).toBe(
      'Cannot mute the line while in wrap-up: only when ringing or on a call.',
    );
    expect(words('paused', 'write-note', 'paused')).toBe(
      'Cannot write a note while paused: only when on a call or in wrap-up.',
    );
  });
});

describe('The session walks the transition table', () => {
  it.each(PAIRS)('%s mode: %s × %s', async (mode, phase, input) => {
    const entry = transition(phase, input);
    const reached = await reachPhase(phase, mode, situationFor(input));
    const unsendable = () => {
      unsent.push(`${mode} ${phase} ${input}`);
      // Only news that cannot arise here goes unsent, and the table ignores it.
      expect(entry.kind).toBe('ignored');
    };
    if (!reached) return unsendable();
    // A moment passes, so a countdown started over ends later than before.
    reached.h.clock.advance(1_000);
    const before = reached.h.snap();
    const published = reached.h.published.length;
    const observed = await send(reached, phase, input);
    if (!observed) return unsendable();
    sent++;
    const after = reached.h.snap();

    switch (entry.kind) {
      case 'move': {
        const landing =
          entry.to === 'next-lead' || entry.to === 'after-call'
            ? LANDINGS[entry.to][before.mode]
            : { phase: entry.to, effects: [] };
        expect(observed.error).toBeNull();
        expect(phaseOfSnapshot(after)).toBe(landing.phase);
        expect(observed.effects).toEqual(
          [...new Set([...entry.effects, ...landing.effects])].sort(),
        );
        break;
      }
      case 'refused':
        expect(observed.error).toBeInstanceOf(DomainError);
        expect(observed.error).toMatchObject({
          code: 'illegal-transition',
          message: refusalMessage(entry, before),
        });
        expect(after).toEqual(before);
        expect(observed.effects).toEqual([]);
        expect(reached.h.published.length).toBe(published);
        break;
      case 'ignored':
        expect(observed.error).toBeNull();
        expect(phaseOfSnapshot(after)).toBe(phase);
        expect(observed.effects).toEqual([]);
        break;
    }
  });

  it('left unsent only the news that cannot arise: timers not armed there, no dial pending', () => {
    // Only meaningful when the whole walk ran, not a filtered part of it.
    if (sent + unsent.length !== PAIRS.length) return;
    expect(PAIRS).toHaveLength(2 * 8 * 28);
    // In each mode: 4 timers × the 7 phases they are not armed in; 2 dial answers × 3 phases.
    expect(unsent).toHaveLength(2 * (4 * 7 + 2 * 3));
    expect(sent).toBe(380);
  });
});
