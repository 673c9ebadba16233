import { describe, expect, it } from 'vitest';
import { actionForCommand, type SessionView } from '../../../renderer/src/hotkeys/command-action';
import { withPendingOutcome } from '../../../renderer/src/power-dial/pending-outcome';

const onCall: SessionView = {
  state: 'connected',
  call: {
    attemptId: 'a1',
    providerCallId: 'CA1',
    startedAt: 0,
    ringingAt: 1_000,
    answeredAt: 3_000,
    answeredBy: 'human',
    endedAt: null,
    endReason: null,
    muted: false,
    presentedCallerId: null,
    qualityWarnings: [],
  },
  draft: {
    outcomeCode: null,
    note: 'Asked for a quote',
    callbackAt: null,
    automatic: false,
    dncConfirmed: false,
  },
  lastOutcome: null,
  pauseAfterCall: null,
  pause: null,
};

describe('withPendingOutcome: the next key sees the outcome just picked', () => {
  it('lets "4 Enter" typed on a call faster than a round trip hang up and save', () => {
    expect(actionForCommand({ kind: 'confirm' }, onCall)).toMatchObject({ type: 'hint' });
    const seen = withPendingOutcome(onCall, { attemptId: 'a1', code: 'not-interested' });
    expect(seen.draft).toEqual({
      outcomeCode: 'not-interested',
      note: 'Asked for a quote',
      callbackAt: null,
      automatic: false,
      dncConfirmed: false,
    });
    expect(actionForCommand({ kind: 'confirm' }, seen)).toEqual({
      type: 'intent',
      intent: { name: 'hangup-then-confirm' },
    });
  });

  it('steps aside once the core has answered, or for another call', () => {
    const answered = {
      ...onCall,
      draft: { ...onCall.draft!, outcomeCode: 'callback', callbackAt: 5 },
    };
    expect(withPendingOutcome(answered, { attemptId: 'a1', code: 'callback' })).toBe(answered);
    expect(withPendingOutcome(onCall, { attemptId: 'a0', code: 'callback' })).toBe(onCall);
    expect(withPendingOutcome(onCall, null)).toBe(onCall);
  });
});
