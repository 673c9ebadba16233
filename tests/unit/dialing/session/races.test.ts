import { describe, expect, it } from 'vitest';
import { deferred, flushMicrotasks } from './deferred';
import { createHarness, START } from './session-harness';

describe('PowerDialSession: intents and events that cross pending work', () => {
  it('hang up while the attempt is being stored: nothing is dialed, the attempt is closed as canceled', async () => {
    const h = createHarness({ leads: 2 });
    const write = h.ports.holdNext('startAttempt');
    const started = h.session.start();
    await flushMicrotasks();
    expect(h.snap()).toMatchObject({ state: 'dialing', call: { attemptId: 'attempt-1' } });

    const hungUp = h.session.hangup();
    write.resolve();
    await started;
    await hungUp;

    expect(h.provider.dials).toEqual([]);
    expect(h.provider.hangups).toEqual([]);
    expect(h.ports.attempt('attempt-1')).toMatchObject({
      endReason: 'canceled',
      endedAt: START,
      providerCallId: null,
      outcomeCode: null,
    });
    expect(h.snap()).toMatchObject({ state: 'preview', offer: { lead: { id: 1 } }, call: null });
    expect(h.clock.pendingTimers()).toBe(0);
  });

  it('pause while the attempt is being stored: nothing is dialed, the lead is unlocked', async () => {
    const h = createHarness({ leads: 2 });
    const write = h.ports.holdNext('startAttempt');
    const started = h.session.start();
    await flushMicrotasks();
    const paused = h.session.pause('break');
    write.resolve();
    await started;
    await paused;
    expect(h.provider.dials).toEqual([]);
    expect(h.ports.callsOf('releaseLead')).toEqual([[1]]);
    expect(h.snap()).toMatchObject({ state: 'paused', pause: { code: 'break' } });
  });

  it('an undo with nothing to undo does not call off a start on its way', async () => {
    const h = createHarness({ leads: 2 });
    const lookup = h.ports.holdNext('nextLead');
    const started = h.session.start();
    const undone = h.session.undoLastOutcome();
    lookup.resolve();
    await started;
    await expect(undone).rejects.toMatchObject({ code: 'illegal-transition' });
    expect(h.snap()).toMatchObject({ state: 'dialing', offer: { lead: { id: 1 } } });
  });

  it('the line rings before dial() has resolved', async () => {
    const h = createHarness({ leads: 1 });
    const placed = deferred();
    h.provider.dialGate = placed;
    await h.session.start();
    h.provider.ring();
    await flushMicrotasks();
    expect(h.snap()).toMatchObject({ state: 'ringing', call: { providerCallId: 'CALL-1' } });
    h.provider.answer();
    await flushMicrotasks();
    expect(h.snap().state).toBe('connected');
    placed.resolve();
    await h.settle();
    expect(h.snap()).toMatchObject({ state: 'connected', call: { providerCallId: 'CALL-1' } });
  });

  it('hang up reaches the line at once even while a progress write is pending', async () => {
    const h = createHarness({ leads: 2 });
    await h.session.start();
    h.provider.ring();
    await h.settle();
    const write = h.ports.holdNext('saveCallProgress');
    h.provider.answer();
    await flushMicrotasks();
    expect(h.snap().state).toBe('connected');

    const hungUp = h.session.hangup();
    expect(h.provider.hangups).toEqual(['attempt-1']);
    write.resolve();
    await hungUp;
    expect(h.snap()).toMatchObject({ state: 'wrap-up', draft: { outcomeCode: null } });
  });

  it('hang up works even when the line fails to confirm it, and says so', async () => {
    const h = createHarness({ leads: 2 });
    await h.session.start();
    await h.ringAndAnswer();
    h.provider.lineError = new Error('socket closed');
    await h.session.hangup();
    await h.settle();
    expect(h.snap()).toMatchObject({
      state: 'wrap-up',
      call: { endReason: 'hangup-local' },
      lastError: 'The line did not confirm the hang-up (socket closed)',
    });
  });

  it('hang up works even when the line never answers the request', async () => {
    const h = createHarness({ leads: 2 });
    await h.session.start();
    await h.ringAndAnswer();
    h.provider.hangup = () => new Promise<void>(() => undefined);
    await h.session.hangup();
    expect(h.snap()).toMatchObject({ state: 'wrap-up', call: { endReason: 'hangup-local' } });
  });

  it('a rep hang-up the line reports before the intent is applied is still the rep’s', async () => {
    const h = createHarness({ leads: 2 });
    await h.session.start();
    h.provider.ring();
    await h.settle();
    // The fake line reports 'ended' from inside hangup(), ahead of the queued intent.
    await h.session.hangup();
    expect(h.snap()).toMatchObject({
      state: 'wrap-up',
      wrapUpDeadline: START + 10_000,
      draft: { outcomeCode: 'no-answer' },
    });
  });

  it('hang up just after confirming calls off the next dial: the next lead is shown, not called', async () => {
    const h = createHarness({ leads: 3 });
    await h.session.start();
    await h.ringAndAnswer();
    await h.session.hangup();
    await h.session.selectOutcome('converted');
    const write = h.ports.holdNext('recordOutcome');
    const confirmed = h.session.confirm();
    const hungUp = h.session.hangup();
    write.resolve();
    await confirmed;
    await hungUp;
    expect(h.ports.attempt('attempt-1').outcomeCode).toBe('converted');
    expect(h.provider.dials).toHaveLength(1);
    expect(h.snap()).toMatchObject({ state: 'preview', offer: { lead: { id: 2 } } });
    await h.session.dial();
    expect(h.provider.lastDial().to).toBe('+14155550002');
  });

  it('pause just after confirming pauses before the next dial and hands its lead back', async () => {
    const h = createHarness({ leads: 3 });
    await h.session.start();
    h.provider.end(undefined, 'busy');
    await h.settle();
    const write = h.ports.holdNext('recordOutcome');
    const confirmed = h.session.confirm();
    const paused = h.session.pause('meeting');
    write.resolve();
    await confirmed;
    await paused;
    expect(h.provider.dials).toHaveLength(1);
    expect(h.snap()).toMatchObject({ state: 'paused', pause: { code: 'meeting', reason: 'rep' } });
    expect(h.ports.locked.size).toBe(0);
  });

  it('the wrap-up countdown and the rep’s confirm arriving together record one outcome', async () => {
    const h = createHarness({ leads: 3 });
    await h.session.start();
    await h.ringAndAnswer();
    await h.session.hangup();
    await h.session.selectOutcome('interested');
    const write = h.ports.holdNext('recordOutcome');
    const confirmed = h.session.confirm();
    h.clock.advance(10_000);
    write.resolve();
    await confirmed;
    await h.settle();
    expect(h.ports.callsOf('recordOutcome')).toHaveLength(1);
    expect(h.provider.dials).toHaveLength(2);
  });

  it('an outcome key pressed right after Enter is refused once the next call is dialing', async () => {
    const h = createHarness({ leads: 3 });
    await h.session.start();
    await h.ringAndAnswer();
    await h.session.hangup();
    await h.session.selectOutcome('converted');
    const confirmed = h.session.confirm();
    const late = h.session.selectOutcome('not-interested');
    await confirmed;
    await expect(late).rejects.toMatchObject({ code: 'illegal-transition' });
    expect(h.ports.attempt('attempt-1').outcomeCode).toBe('converted');
  });

  it('late news of a call the session already ended is ignored', async () => {
    const h = createHarness({ leads: 2 });
    h.provider.echoHangup = false;
    await h.session.start();
    h.provider.ring();
    await h.settle();
    await h.advance(25_000);
    expect(h.snap().state).toBe('wrap-up');
    h.provider.answer('attempt-1');
    h.provider.end('attempt-1', 'hangup-remote');
    h.provider.ring('attempt-99');
    await h.settle();
    expect(h.snap()).toMatchObject({
      state: 'wrap-up',
      call: { attemptId: 'attempt-1', answeredAt: null, endReason: 'no-answer' },
      draft: { outcomeCode: 'no-answer' },
    });
  });

  it('a second dial press while the first is on its way is refused, and only one call is placed', async () => {
    const h = createHarness({ leads: 2, config: { mode: 'preview' } });
    await h.session.start();
    const first = h.session.dial();
    const second = h.session.dial();
    await first;
    await expect(second).rejects.toMatchObject({ code: 'illegal-transition' });
    expect(h.provider.dials).toHaveLength(1);
  });

  it('after dispose the line is hung up, events are ignored and intents are refused', async () => {
    const h = createHarness({ leads: 2 });
    await h.session.start();
    await h.ringAndAnswer();
    h.session.dispose();
    expect(h.provider.hangups).toEqual(['attempt-1']);
    expect(h.provider.listenerCount()).toBe(0);
    expect(h.clock.pendingTimers()).toBe(0);
    await expect(h.session.hangup()).rejects.toMatchObject({ code: 'unavailable' });
  });
});
