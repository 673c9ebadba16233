import { describe, expect, it } from 'vitest';
import { createHarness, START } from './session-harness';

describe('PowerDialSession: timeouts', () => {
  it('a dial with no sign from the line for 15 s is hung up and recorded as failed', async () => {
    const h = createHarness({ leads: 2 });
    await h.session.start();
    await h.advance(14_999);
    expect(h.snap().state).toBe('dialing');
    await h.advance(1);
    expect(h.provider.hangups).toEqual(['attempt-1']);
    expect(h.snap()).toMatchObject({
      state: 'wrap-up',
      draft: { outcomeCode: 'failed', automatic: true },
      call: { endReason: 'failed', endedAt: START + 15_000 },
      lastError: 'The line gave no sign of progress for 15 s, so the call was ended as failed.',
    });
    await h.advance(2_000);
    expect(h.ports.attempt('attempt-1').outcomeCode).toBe('failed');
    expect(h.snap()).toMatchObject({ state: 'dialing', offer: { lead: { id: 2 } } });
  });

  it('ringing without an answer for the no-answer timeout is hung up as no-answer', async () => {
    const h = createHarness({ leads: 2, config: { noAnswerTimeoutSeconds: 30 } });
    await h.session.start();
    await h.advance(10_000);
    h.provider.ring();
    await h.settle();
    // The stuck-dialing timer no longer applies once the line rings.
    await h.advance(29_999);
    expect(h.snap().state).toBe('ringing');
    await h.advance(1);
    expect(h.provider.hangups).toEqual(['attempt-1']);
    expect(h.snap()).toMatchObject({
      state: 'wrap-up',
      draft: { outcomeCode: 'no-answer', automatic: true },
      call: { endReason: 'no-answer', ringingAt: START + 10_000, endedAt: START + 40_000 },
      lastError: null,
    });
    await h.advance(2_000);
    expect(h.ports.attempt('attempt-1')).toMatchObject({ outcomeCode: 'no-answer' });
  });

  it('an answer stops the timers: a long call is never cut off', async () => {
    const h = createHarness({ leads: 2 });
    await h.session.start();
    await h.ringAndAnswer();
    await h.advance(3_600_000);
    expect(h.snap().state).toBe('connected');
    expect(h.provider.hangups).toEqual([]);
    expect(h.clock.pendingTimers()).toBe(0);
  });

  it('the wrap-up countdown ending without an outcome pauses the session instead of guessing', async () => {
    const h = createHarness({ leads: 3 });
    await h.session.start();
    await h.ringAndAnswer();
    await h.session.setNote('Asked to think about it');
    await h.session.hangup();
    await h.advance(10_000);
    expect(h.snap()).toMatchObject({
      state: 'paused',
      pause: { code: 'other', reason: 'wrap-up-expired', since: START + 10_000 },
      offer: { lead: { id: 1 } },
      call: { attemptId: 'attempt-1' },
      draft: { outcomeCode: null, note: 'Asked to think about it' },
      wrapUpDeadline: null,
    });
    expect(h.ports.callsOf('recordOutcome')).toEqual([]);
    // The lead looked up for the next dial is handed back while the rep is away.
    expect(h.ports.callsOf('releaseLead')).toEqual([[2]]);
    expect(h.provider.dials).toHaveLength(1);

    await h.session.resume();
    expect(h.snap()).toMatchObject({
      state: 'wrap-up',
      wrapUpDeadline: START + 20_000,
      draft: { note: 'Asked to think about it' },
    });
    await h.session.selectOutcome('interested');
    await h.session.confirm();
    expect(h.ports.attempt('attempt-1')).toMatchObject({
      outcomeCode: 'interested',
      note: 'Asked to think about it',
    });
    expect(h.snap()).toMatchObject({ state: 'dialing', offer: { lead: { id: 2 } } });
  });

  it('the countdown ending with an outcome chosen on the call but not confirmed confirms it', async () => {
    const h = createHarness({ leads: 2 });
    await h.session.start();
    await h.ringAndAnswer();
    await h.session.selectOutcome('not-interested');
    await h.session.hangup();
    await h.advance(10_000);
    expect(h.ports.attempt('attempt-1')).toMatchObject({
      outcomeCode: 'not-interested',
      recordedAt: START + 10_000,
    });
    expect(h.snap().state).toBe('dialing');
  });

  it('a callback outcome without a time is not confirmed by the countdown: the session pauses', async () => {
    const h = createHarness({ leads: 2 });
    await h.session.start();
    await h.ringAndAnswer();
    await h.session.selectOutcome('callback');
    await h.session.hangup();
    await h.advance(10_000);
    expect(h.snap()).toMatchObject({
      state: 'paused',
      pause: { reason: 'wrap-up-expired' },
      draft: { outcomeCode: 'callback', callbackAt: null },
    });
    expect(h.ports.callsOf('recordOutcome')).toEqual([]);
  });

  it('any edit holds the countdown, so a rep typing a note or a callback time is never cut off', async () => {
    const h = createHarness({ leads: 2, config: { wrapUpSeconds: 45 } });
    await h.session.start();
    await h.ringAndAnswer();
    await h.session.hangup();
    expect(h.snap().wrapUpDeadline).toBe(START + 45_000);
    await h.advance(40_000);
    await h.session.setNote('Spoke to the office manager');
    expect(h.snap()).toMatchObject({ state: 'wrap-up', wrapUpDeadline: null });
    expect(h.clock.pendingTimers()).toBe(0);
    await h.advance(10 * 60_000);
    await h.session.selectOutcome('callback');
    await h.session.setCallbackAt(START + 86_400_000);
    expect(h.snap().state).toBe('wrap-up');
    expect(h.ports.callsOf('recordOutcome')).toEqual([]);
    await h.session.confirm();
    expect(h.ports.attempt('attempt-1')).toMatchObject({
      outcomeCode: 'callback',
      callbackAt: START + 86_400_000,
      note: 'Spoke to the office manager',
    });
  });

  it('after the wrap-up runs out, the note and callback time stay editable until the outcome is saved', async () => {
    const h = createHarness({ leads: 2, config: { wrapUpSeconds: 45 } });
    await h.session.start();
    await h.ringAndAnswer();
    await h.session.hangup();
    await h.advance(45_000);
    expect(h.snap()).toMatchObject({ state: 'paused', pause: { reason: 'wrap-up-expired' } });
    await h.session.setNote('Wants a call after the school run');
    await h.session.setCallbackAt(START + 86_400_000);
    expect(h.snap().draft).toMatchObject({
      note: 'Wants a call after the school run',
      callbackAt: START + 86_400_000,
    });
    await h.session.resume();
    await h.session.selectOutcome('callback');
    await h.session.confirm();
    expect(h.ports.attempt('attempt-1')).toMatchObject({
      outcomeCode: 'callback',
      note: 'Wants a call after the school run',
    });
  });

  it('touching an automatic outcome holds the short wrap-up', async () => {
    const h = createHarness({ leads: 2 });
    await h.session.start();
    h.provider.end(undefined, 'busy');
    await h.settle();
    expect(h.snap().wrapUpDeadline).toBe(START + 2_000);
    await h.advance(1_000);
    await h.session.selectOutcome('wrong-number');
    expect(h.snap()).toMatchObject({
      wrapUpDeadline: null,
      draft: { outcomeCode: 'wrong-number', automatic: false },
    });
    await h.session.confirm();
    expect(h.ports.attempt('attempt-1')).toMatchObject({
      outcomeCode: 'wrong-number',
      endReason: 'busy',
    });
  });

  it('a zero-second automatic wrap-up advances at once', async () => {
    const h = createHarness({ leads: 2, config: { autoWrapUpSeconds: 0 } });
    await h.session.start();
    h.provider.end(undefined, 'no-answer');
    await h.settle();
    await h.advance(0);
    expect(h.snap()).toMatchObject({ state: 'dialing', offer: { lead: { id: 2 } } });
  });

  it('leaves no timer behind when the run is over', async () => {
    const h = createHarness({ leads: 1 });
    await h.session.start();
    h.provider.end(undefined, 'no-answer');
    await h.settle();
    await h.advance(2_000);
    expect(h.snap().state).toBe('idle');
    expect(h.clock.pendingTimers()).toBe(0);
  });
});
