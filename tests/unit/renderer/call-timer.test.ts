import { describe, expect, it } from 'vitest';
import type { CallSnapshot } from '../../../shared/domain/session';
import { callTimer } from '../../../renderer/src/call/call-timer';
import { clockOffsetFrom } from '../../../renderer/src/session/core-clock';

const call: CallSnapshot = {
  attemptId: 'a1',
  providerCallId: null,
  startedAt: 1_000,
  ringingAt: 3_000,
  answeredAt: 10_000,
  answeredBy: 'human',
  endedAt: null,
  endReason: null,
  muted: false,
  presentedCallerId: null,
  qualityWarnings: [],
};
const base = { stateSince: 0, call, wrapUpDeadline: null, pause: null };

describe('callTimer', () => {
  it('shows ring time while ringing and talk time when connected', () => {
    expect(callTimer({ ...base, state: 'ringing' }, 10_500)).toEqual({
      label: 'Ringing',
      text: '0:07',
      urgent: false,
    });
    expect(callTimer({ ...base, state: 'connected' }, 75_000)).toEqual({
      label: 'Talk',
      text: '1:05',
      urgent: false,
    });
  });

  it('counts the wrap-up down, rounded up, urgent in its last 3 s', () => {
    const wrapUp = { ...base, state: 'wrap-up' as const, wrapUpDeadline: 20_000 };
    expect(callTimer(wrapUp, 10_100)).toEqual({
      label: 'Wrap-up left',
      text: '0:10',
      urgent: false,
    });
    expect(callTimer(wrapUp, 17_500)).toEqual({
      label: 'Wrap-up left',
      text: '0:03',
      urgent: true,
    });
    expect(callTimer(wrapUp, 25_000)?.text).toBe('0:00');
  });

  it('has no timer when idle', () => {
    expect(callTimer({ ...base, call: null, state: 'idle' }, 5_000)).toBeNull();
  });
});

describe('clockOffsetFrom', () => {
  it('learns the core clock’s lead from a snapshot that changed state', () => {
    expect(clockOffsetFrom(1_000, 90_000, 30_000)).toBe(60_000);
    expect(clockOffsetFrom(1_000, 29_990, 30_000)).toBe(-10);
  });

  it('learns nothing from the first snapshot or one that kept its state', () => {
    expect(clockOffsetFrom(null, 90_000, 30_000)).toBeNull();
    expect(clockOffsetFrom(90_000, 90_000, 95_000)).toBeNull();
  });
});
