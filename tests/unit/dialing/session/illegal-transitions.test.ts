import { describe, expect, it } from 'vitest';
import type { SessionStateName } from '../../../../shared/domain/session';
import { DomainError } from '../../../../shared/result';
import type { PowerDialSession } from '../../../../electron/core/dialing/session/power-dial-session';
import { reachState } from './reach-state';

type Intent = (session: PowerDialSession) => Promise<void>;

const INTENTS: Record<string, Intent> = {
  start: (s) => s.start(),
  dial: (s) => s.dial(),
  hangup: (s) => s.hangup(),
  mute: (s) => s.setMuted(true),
  digits: (s) => s.sendDigits('1'),
  selectOutcome: (s) => s.selectOutcome('converted'),
  note: (s) => s.setNote('hello'),
  callback: (s) => s.setCallbackAt(Date.UTC(2030, 0, 1)),
  confirm: (s) => s.confirm(),
  undo: (s) => s.undoLastOutcome(),
  skip: (s) => s.skip('not today'),
  pause: (s) => s.pause('break'),
  resume: (s) => s.resume(),
  stop: (s) => s.stop(),
};

const ILLEGAL: Record<SessionStateName, string[]> = {
  idle: [
    'hangup',
    'mute',
    'digits',
    'selectOutcome',
    'note',
    'callback',
    'confirm',
    'undo',
    'skip',
    'resume',
  ],
  preview: [
    'start',
    'hangup',
    'mute',
    'digits',
    'selectOutcome',
    'note',
    'callback',
    'confirm',
    'undo',
    'resume',
  ],
  dialing: [
    'start',
    'dial',
    'mute',
    'digits',
    'selectOutcome',
    'note',
    'callback',
    'confirm',
    'undo',
    'resume',
    'stop',
  ],
  ringing: [
    'start',
    'dial',
    'digits',
    'selectOutcome',
    'note',
    'callback',
    'confirm',
    'undo',
    'resume',
    'stop',
  ],
  // Undo in a call or wrap-up withdraws the outcome before it; reachState records none before.
  connected: ['start', 'dial', 'confirm', 'undo', 'skip', 'resume', 'stop'],
  'wrap-up': ['start', 'dial', 'hangup', 'mute', 'digits', 'undo', 'skip', 'resume', 'stop'],
  paused: [
    'start',
    'dial',
    'hangup',
    'mute',
    'digits',
    'selectOutcome',
    'note',
    'callback',
    'confirm',
    'undo',
    'skip',
    'pause',
  ],
};

const cases = Object.entries(ILLEGAL).flatMap(([state, intents]) =>
  intents.map((intent) => [state as SessionStateName, intent] as const),
);

describe('PowerDialSession: illegal intents', () => {
  it.each(cases)('in %s, %s is refused and changes nothing', async (state, intent) => {
    const h = await reachState(state);
    const before = h.snap();
    const callsBefore = h.ports.calls.length;
    const dialsBefore = h.provider.dials.length;
    const hangupsBefore = h.provider.hangups.length;
    const published = h.published.length;

    const error = await INTENTS[intent]!(h.session).then(
      () => null,
      (e: unknown) => e,
    );
    await h.settle();

    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('illegal-transition');
    expect((error as DomainError).message).toMatch(/^(Cannot|There is no|Already paused)/);
    expect(h.snap()).toEqual(before);
    expect(h.ports.calls.length).toBe(callsBefore);
    expect(h.provider.dials.length).toBe(dialsBefore);
    expect(h.provider.hangups.length).toBe(hangupsBefore);
    expect(h.published.length).toBe(published);
  });

  it('says what the rep tried, the state, and when it is possible', async () => {
    const h = await reachState('connected');
    await expect(h.session.confirm()).rejects.toThrow(
      'Cannot confirm an outcome while on a call: only when in wrap-up.',
    );
  });

  const legalCases = Object.entries(ILLEGAL).flatMap(([state, illegal]) =>
    Object.keys(INTENTS)
      .filter((intent) => !illegal.includes(intent))
      .map((intent) => [state as SessionStateName, intent] as const),
  );

  it.each(legalCases)('in %s, %s is not refused as illegal', async (state, intent) => {
    const h = await reachState(state);
    const error = await INTENTS[intent]!(h.session).then(
      () => null,
      (e: unknown) => e,
    );
    // Accepted, or refused for its argument (e.g. confirming without an outcome), never for the state.
    if (error !== null) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('invalid-argument');
    }
  });
});
