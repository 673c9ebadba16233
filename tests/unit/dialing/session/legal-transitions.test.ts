import { describe, expect, it } from 'vitest';
import { createHarness, START } from './session-harness';

describe('PowerDialSession: the legal path through a call', () => {
  it('power mode: idle → dialing → ringing → connected → wrap-up → dialing the next lead', async () => {
    const h = createHarness({ leads: 2 });
    expect(h.snap()).toMatchObject({ state: 'idle', idleReason: 'not-started', offer: null });

    await h.session.start();
    expect(h.snap()).toMatchObject({
      state: 'dialing',
      offer: { lead: { id: 1 }, reason: 'lead 1 is next' },
      call: { attemptId: 'attempt-1', startedAt: START, ringingAt: null, answeredAt: null },
    });
    expect(h.provider.dials).toEqual([
      { attemptId: 'attempt-1', to: '+14155550001', callerId: null },
    ]);

    await h.advance(2_000);
    h.provider.ring();
    await h.settle();
    expect(h.snap()).toMatchObject({
      state: 'ringing',
      stateSince: START + 2_000,
      call: { ringingAt: START + 2_000, providerCallId: 'CALL-1' },
    });

    await h.advance(3_000);
    h.provider.answer();
    await h.settle();
    expect(h.snap()).toMatchObject({
      state: 'connected',
      call: { answeredAt: START + 5_000, answeredBy: 'human' },
    });

    await h.advance(61_400);
    h.provider.end(undefined, 'hangup-remote');
    await h.settle();
    expect(h.snap()).toMatchObject({
      state: 'wrap-up',
      wrapUpDeadline: START + 66_400 + 10_000,
      draft: { outcomeCode: null, note: '', callbackAt: null, automatic: false },
      call: { endedAt: START + 66_400, endReason: 'hangup-remote' },
    });
    expect(h.ports.attempt('attempt-1')).toMatchObject({
      talkSeconds: 61,
      endReason: 'hangup-remote',
    });

    await h.session.selectOutcome('interested');
    await h.session.setNote('Wants pricing for 20 seats');
    await h.session.confirm();
    expect(h.ports.attempt('attempt-1')).toMatchObject({
      outcomeCode: 'interested',
      note: 'Wants pricing for 20 seats',
      recordedAt: START + 66_400,
    });
    expect(h.snap()).toMatchObject({
      state: 'dialing',
      offer: { lead: { id: 2 } },
      call: { attemptId: 'attempt-2' },
    });
    expect(h.provider.lastDial().attemptId).toBe('attempt-2');
  });

  it('preview mode: idle → preview → (rep dials) dialing, then the next lead is previewed', async () => {
    const h = createHarness({ leads: 2, config: { mode: 'preview' } });
    await h.session.start();
    expect(h.snap()).toMatchObject({ state: 'preview', offer: { lead: { id: 1 } }, call: null });
    expect(h.provider.dials).toHaveLength(0);

    await h.session.dial();
    expect(h.snap().state).toBe('dialing');
    expect(h.ports.callsOf('isDialable')).toEqual([[1]]);
    await h.ringAndAnswer();
    await h.session.hangup();
    await h.session.selectOutcome('not-interested');
    await h.session.confirm();
    expect(h.snap()).toMatchObject({ state: 'preview', offer: { lead: { id: 2 } } });
    expect(h.provider.dials).toHaveLength(1);
  });

  it('dial() from idle starts the run like start()', async () => {
    const h = createHarness({ leads: 1 });
    await h.session.dial();
    expect(h.snap()).toMatchObject({ state: 'dialing', offer: { lead: { id: 1 } } });
  });

  it('an empty queue leaves the session idle and says why', async () => {
    const h = createHarness({ leads: 0 });
    await h.session.start();
    expect(h.snap()).toMatchObject({ state: 'idle', idleReason: 'queue-empty' });
  });

  it('after the last lead the session goes idle with queue-empty', async () => {
    const h = createHarness({ leads: 1 });
    await h.session.start();
    h.provider.end(undefined, 'busy');
    await h.settle();
    await h.advance(2_000);
    expect(h.snap()).toMatchObject({ state: 'idle', idleReason: 'queue-empty' });
    expect(h.ports.attempt('attempt-1').outcomeCode).toBe('busy');
  });

  it('with auto-advance off, the session stops in idle after each outcome', async () => {
    const h = createHarness({ leads: 2, config: { autoAdvance: false } });
    await h.session.start();
    await h.ringAndAnswer();
    await h.session.hangup();
    await h.session.selectOutcome('converted');
    await h.session.confirm();
    expect(h.snap()).toMatchObject({ state: 'idle', idleReason: 'wrap-up-done' });
    expect(h.ports.callsOf('nextLead')).toHaveLength(1);
    await h.session.dial();
    expect(h.snap()).toMatchObject({ state: 'dialing', offer: { lead: { id: 2 } } });
  });

  it('publishes a fresh, serializable snapshot on every change', async () => {
    const h = createHarness({ leads: 1 });
    await h.session.start();
    await h.ringAndAnswer();
    const states = h.published.map((snapshot) => snapshot.state);
    expect(states.filter((state, i) => state !== states[i - 1])).toEqual([
      'dialing',
      'ringing',
      'connected',
    ]);
    const last = h.published.at(-1);
    expect(last).toEqual(h.snap());
    expect(last).not.toBe(h.snap());
    expect(JSON.parse(JSON.stringify(h.snap()))).toEqual(h.snap());
  });

  it('stop unlocks the previewed lead and ends the run', async () => {
    const h = createHarness({ leads: 1, config: { mode: 'preview' } });
    await h.session.start();
    await h.session.stop();
    expect(h.snap()).toMatchObject({ state: 'idle', idleReason: 'stopped', offer: null });
    expect(h.ports.callsOf('releaseLead')).toEqual([[1]]);
    expect(h.ports.locked.size).toBe(0);
  });
});
