import { describe, expect, it } from 'vitest';
import type { SessionStateName } from '../../../shared/domain/session';
import { actionForCommand, type SessionView } from '../../../renderer/src/hotkeys/command-action';

function session(state: SessionStateName, overrides: Partial<SessionView> = {}): SessionView {
  const inCall =
    state === 'dialing' || state === 'ringing' || state === 'connected' || state === 'wrap-up';
  return {
    state,
    call: inCall
      ? {
          attemptId: 'a1',
          providerCallId: null,
          startedAt: 0,
          ringingAt: null,
          answeredAt: null,
          answeredBy: null,
          endedAt: null,
          endReason: null,
          muted: false,
          presentedCallerId: null,
          qualityWarnings: [],
        }
      : null,
    draft: inCall
      ? { outcomeCode: null, note: '', callbackAt: null, automatic: false, dncConfirmed: false }
      : null,
    lastOutcome: null,
    pauseAfterCall: null,
    pause: state === 'paused' ? { code: 'break', reason: 'rep', since: 0 } : null,
    ...overrides,
  };
}

const intentOf = (name: string) => ({ type: 'intent', intent: { name } });

describe('actionForCommand: Space dials or hangs up by the state', () => {
  it.each<[SessionStateName, unknown]>([
    ['idle', intentOf('dial')],
    ['preview', intentOf('dial')],
    ['dialing', intentOf('hangup')],
    ['ringing', intentOf('hangup')],
    ['connected', intentOf('hangup')],
  ])('%s → %j', (state, action) => {
    expect(actionForCommand({ kind: 'dial-or-hang-up' }, session(state))).toEqual(action);
  });

  it('in wrap-up and while paused it explains instead', () => {
    expect(actionForCommand({ kind: 'dial-or-hang-up' }, session('wrap-up')).type).toBe('hint');
    expect(actionForCommand({ kind: 'dial-or-hang-up' }, session('paused')).type).toBe('hint');
  });
});

describe('actionForCommand: Enter confirms and moves on', () => {
  it('confirms in wrap-up', () => {
    expect(actionForCommand({ kind: 'confirm' }, session('wrap-up'))).toEqual(intentOf('confirm'));
  });

  it('hangs up then confirms a connected call whose outcome is chosen', () => {
    const chosen = session('connected', {
      draft: {
        outcomeCode: 'converted',
        note: '',
        callbackAt: null,
        automatic: false,
        dncConfirmed: false,
      },
    });
    expect(actionForCommand({ kind: 'confirm' }, chosen)).toEqual(intentOf('hangup-then-confirm'));
  });

  it('never ends a connected call that has no outcome yet', () => {
    expect(actionForCommand({ kind: 'confirm' }, session('connected'))).toEqual({
      type: 'hint',
      text: 'Choose an outcome (1–9) first, then press Enter.',
    });
  });

  it('dials from idle or preview', () => {
    expect(actionForCommand({ kind: 'confirm' }, session('preview'))).toEqual(intentOf('dial'));
    expect(actionForCommand({ kind: 'confirm' }, session('idle'))).toEqual(intentOf('dial'));
  });
});

describe('actionForCommand: the other keys', () => {
  it('Esc hangs up only a call in progress', () => {
    expect(actionForCommand({ kind: 'hang-up' }, session('ringing'))).toEqual(intentOf('hangup'));
    expect(actionForCommand({ kind: 'hang-up' }, session('wrap-up')).type).toBe('hint');
  });

  it('1–9 choose an outcome when connected or in wrap-up', () => {
    const choose = { kind: 'choose-outcome', code: 'callback' } as const;
    const expected = { type: 'intent', intent: { name: 'selectOutcome', code: 'callback' } };
    expect(actionForCommand(choose, session('connected'))).toEqual(expected);
    expect(actionForCommand(choose, session('wrap-up'))).toEqual(expected);
    expect(actionForCommand(choose, session('ringing')).type).toBe('hint');
  });

  it('P opens the pause menu, or resumes when paused, or says a pause is already coming', () => {
    expect(actionForCommand({ kind: 'pause-or-resume' }, session('idle'))).toEqual({
      type: 'view',
      action: 'open-pause-menu',
    });
    expect(actionForCommand({ kind: 'pause-or-resume' }, session('paused'))).toEqual(
      intentOf('resume'),
    );
    expect(
      actionForCommand(
        { kind: 'pause-or-resume' },
        session('connected', { pauseAfterCall: 'break' }),
      ).type,
    ).toBe('hint');
  });

  it('M toggles mute from what the session says', () => {
    const ringing = session('ringing');
    expect(actionForCommand({ kind: 'toggle-mute' }, ringing)).toEqual({
      type: 'intent',
      intent: { name: 'setMuted', muted: true },
    });
    const muted = session('connected');
    muted.call = { ...muted.call!, muted: true };
    expect(actionForCommand({ kind: 'toggle-mute' }, muted)).toEqual({
      type: 'intent',
      intent: { name: 'setMuted', muted: false },
    });
    expect(actionForCommand({ kind: 'toggle-mute' }, session('idle')).type).toBe('hint');
  });

  it('S asks for a reason for a lead nobody has answered yet: in preview, dialing or ringing', () => {
    for (const state of ['preview', 'dialing', 'ringing'] as const) {
      expect(actionForCommand({ kind: 'skip' }, session(state))).toEqual({
        type: 'view',
        action: 'open-skip-menu',
      });
    }
    expect(actionForCommand({ kind: 'skip' }, session('connected'))).toEqual({
      type: 'hint',
      text: 'Cannot skip a lead someone answered: hang up (Esc), then record the outcome.',
    });
    expect(actionForCommand({ kind: 'skip' }, session('wrap-up')).type).toBe('hint');
  });

  it('N focuses notes after a wrap-up ran out, until the outcome is saved', () => {
    const ranOut = session('paused', {
      pause: { code: 'other', reason: 'wrap-up-expired', since: 0 },
    });
    expect(actionForCommand({ kind: 'focus-notes' }, ranOut)).toEqual({
      type: 'view',
      action: 'focus-notes',
    });
    expect(actionForCommand({ kind: 'focus-notes' }, session('paused')).type).toBe('hint');
  });

  it('N focuses notes once the call connects', () => {
    expect(actionForCommand({ kind: 'focus-notes' }, session('wrap-up'))).toEqual({
      type: 'view',
      action: 'focus-notes',
    });
    expect(actionForCommand({ kind: 'focus-notes' }, session('dialing')).type).toBe('hint');
  });

  it('U undoes only while the session still offers it', () => {
    const undoable = session('preview', {
      lastOutcome: { attemptId: 'a1', leadId: 1, outcomeCode: 'converted', notOnTheLine: false },
    });
    expect(actionForCommand({ kind: 'undo' }, undoable)).toEqual(intentOf('undo'));
    // In power mode the next call is already ringing: undo still reaches the last outcome.
    const ringing = session('ringing', {
      lastOutcome: { attemptId: 'a0', leadId: 1, outcomeCode: 'converted', notOnTheLine: false },
    });
    expect(actionForCommand({ kind: 'undo' }, ringing)).toEqual(intentOf('undo'));
    expect(actionForCommand({ kind: 'undo' }, session('preview')).type).toBe('hint');
  });
});
