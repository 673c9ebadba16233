import { describe, expect, it } from 'vitest';
import { nextStep } from '../../../renderer/src/call/next-step';

const draft = (outcomeCode: string | null) => ({
  outcomeCode,
  note: '',
  callbackAt: null,
  automatic: false,
  dncConfirmed: false,
});

describe('nextStep', () => {
  it('tells the rep the keys for the state they are in', () => {
    expect(
      nextStep({ state: 'idle', draft: null, idleReason: 'not-started', pause: null }, false),
    ).toBe('Space starts dialing.');
    expect(
      nextStep({ state: 'wrap-up', draft: draft(null), idleReason: null, pause: null }, false),
    ).toBe('Choose the outcome (1–9), then Enter.');
  });

  it('asks for the callback time before anything else', () => {
    expect(
      nextStep({ state: 'wrap-up', draft: draft('callback'), idleReason: null, pause: null }, true),
    ).toMatch(/^Set the callback time/);
  });
});
