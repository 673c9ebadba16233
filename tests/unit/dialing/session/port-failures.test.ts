import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../../shared/result';
import { createHarness, START } from './session-harness';

describe('PowerDialSession: a failing store never leaves a corrupt state', () => {
  it('no next lead: start is refused, the session is idle and says why', async () => {
    const h = createHarness({ leads: 2 });
    h.ports.failNext('nextLead', new Error('database is locked'));
    await expect(h.session.start()).rejects.toMatchObject({
      code: 'storage-failed',
      message: 'Could not get the next lead (database is locked)',
    });
    expect(h.snap()).toMatchObject({
      state: 'idle',
      idleReason: 'error',
      lastError: 'Could not get the next lead (database is locked)',
    });
    await h.session.start();
    expect(h.snap()).toMatchObject({ state: 'dialing', lastError: null });
  });

  it('no dial-time check: nothing is dialed and the lead stays on screen to retry', async () => {
    const h = createHarness({ leads: 2 });
    h.ports.failNext('isDialable', new Error('timeout'));
    await expect(h.session.start()).rejects.toThrow(
      'Could not check whether First1 Last1 may be called (timeout); nothing was dialed',
    );
    expect(h.snap()).toMatchObject({ state: 'preview', offer: { lead: { id: 1 } } });
    expect(h.provider.dials).toEqual([]);
    await h.session.dial();
    expect(h.snap()).toMatchObject({ state: 'dialing', offer: { lead: { id: 1 } } });
  });

  it('an attempt that cannot be stored is never dialed', async () => {
    const h = createHarness({ leads: 2 });
    h.ports.failNext('startAttempt', new DomainError('storage-failed', 'the disk is full'));
    await expect(h.session.start()).rejects.toThrow(
      'Could not save the attempt (the disk is full), so First1 Last1 was not dialed',
    );
    expect(h.provider.dials).toEqual([]);
    expect(h.snap()).toMatchObject({ state: 'preview', offer: { lead: { id: 1 } }, call: null });
    expect(h.clock.pendingTimers()).toBe(0);
    await h.session.dial();
    expect(h.provider.dials).toEqual([
      { attemptId: 'attempt-2', to: '+14155550001', callerId: null },
    ]);
  });

  it('a progress write that fails does not hold the call back; the outcome write carries every fact', async () => {
    const h = createHarness({ leads: 2 });
    await h.session.start();
    h.ports.failNext('saveCallProgress');
    h.ports.failNext('saveCallProgress');
    h.ports.failNext('saveCallProgress');
    await h.advance(1_000);
    await h.ringAndAnswer();
    expect(h.snap()).toMatchObject({
      state: 'connected',
      lastError:
        "Could not save the call's progress (disk full); it is saved again with the outcome.",
    });
    await h.advance(30_000);
    await h.session.hangup();
    await h.session.selectOutcome('converted');
    await h.session.confirm();
    const recorded = h.ports.callsOf('recordOutcome')[0]?.[0];
    expect(recorded).toMatchObject({
      id: 'attempt-1',
      ringingAt: START + 1_000,
      answeredAt: START + 1_000,
      endedAt: START + 31_000,
      talkSeconds: 30,
      providerCallId: 'CALL-1',
      outcomeCode: 'converted',
    });
  });

  it('an outcome that cannot be recorded stays chosen in wrap-up, the countdown stopped', async () => {
    const h = createHarness({ leads: 2 });
    await h.session.start();
    await h.ringAndAnswer();
    await h.session.hangup();
    await h.session.selectOutcome('interested');
    await h.session.setNote('Send the brochure');
    h.ports.failNext('recordOutcome', new Error('journal write failed'));
    await expect(h.session.confirm()).rejects.toMatchObject({
      code: 'storage-failed',
      message:
        'Could not record the outcome (journal write failed); it is still chosen: confirm to try again',
    });
    expect(h.snap()).toMatchObject({
      state: 'wrap-up',
      wrapUpDeadline: null,
      draft: { outcomeCode: 'interested', note: 'Send the brochure' },
      lastOutcome: null,
    });
    await h.advance(60_000);
    expect(h.snap().state).toBe('wrap-up');
    expect(h.provider.dials).toHaveLength(1);

    await h.session.confirm();
    expect(h.ports.attempt('attempt-1').outcomeCode).toBe('interested');
    expect(h.snap()).toMatchObject({ state: 'dialing', lastError: null });
  });

  it('the countdown’s own confirm failing also stays in wrap-up and says so', async () => {
    const h = createHarness({ leads: 2 });
    await h.session.start();
    h.provider.end(undefined, 'busy');
    await h.settle();
    h.ports.failNext('recordOutcome');
    await h.advance(2_000);
    expect(h.snap()).toMatchObject({
      state: 'wrap-up',
      wrapUpDeadline: null,
      draft: { outcomeCode: 'busy' },
      lastError:
        'Could not record the outcome (disk full); it is still chosen: confirm to try again',
    });
    expect(h.provider.dials).toHaveLength(1);
  });

  it('a failed undo leaves the recorded outcome and the screen as they were', async () => {
    const h = createHarness({ leads: 2, config: { mode: 'preview' } });
    await h.session.start();
    await h.session.dial();
    await h.ringAndAnswer();
    await h.session.hangup();
    await h.session.selectOutcome('converted');
    await h.session.confirm();
    const before = h.snap();
    h.ports.failNext('undoOutcome');
    await expect(h.session.undoLastOutcome()).rejects.toThrow(
      'Could not undo the outcome (disk full)',
    );
    expect(h.snap()).toEqual({
      ...before,
      seq: before.seq + 1,
      lastError: 'Could not undo the outcome (disk full)',
    });
    await h.session.undoLastOutcome();
    expect(h.snap().state).toBe('wrap-up');
  });

  it('a failed skip keeps the lead on screen', async () => {
    const h = createHarness({ leads: 2, config: { mode: 'preview' } });
    await h.session.start();
    h.ports.failNext('skipLead');
    await expect(h.session.skip('duplicate')).rejects.toThrow(
      'Could not skip First1 Last1 (disk full)',
    );
    expect(h.snap()).toMatchObject({ state: 'preview', offer: { lead: { id: 1 } } });
  });

  it('a failed unlock does not stop the pause; the rep is told', async () => {
    const h = createHarness({ leads: 2, config: { mode: 'preview' } });
    await h.session.start();
    h.ports.failNext('releaseLead');
    await h.session.pause('break');
    expect(h.snap()).toMatchObject({
      state: 'paused',
      lastError: 'Could not unlock First1 Last1 (disk full)',
    });
  });

  it('a failed early look-up of the next lead is asked again when it is needed', async () => {
    const h = createHarness({ leads: 2 });
    await h.session.start();
    h.ports.failNext('nextLead');
    h.provider.end(undefined, 'no-answer');
    await h.settle();
    await h.advance(2_000);
    expect(h.ports.callsOf('nextLead')).toHaveLength(3);
    expect(h.snap()).toMatchObject({
      state: 'dialing',
      offer: { lead: { id: 2 } },
      lastError: null,
    });
  });

  it('the next lead failing after a confirm keeps the outcome and reports the failure', async () => {
    const h = createHarness({ leads: 2 });
    await h.session.start();
    await h.ringAndAnswer();
    // Both the early look-up during wrap-up and the second try after the confirm fail.
    h.ports.failNext('nextLead');
    h.ports.failNext('nextLead');
    await h.session.hangup();
    await h.session.selectOutcome('converted');
    await h.session.confirm();
    expect(h.ports.attempt('attempt-1').outcomeCode).toBe('converted');
    expect(h.snap()).toMatchObject({
      state: 'idle',
      idleReason: 'error',
      lastError: 'Could not get the next lead (disk full)',
      lastOutcome: { attemptId: 'attempt-1' },
    });
  });
});
