import { describe, expect, it } from 'vitest';
import type { DomainError } from '../../../../shared/result';
import { createHarness, START } from './session-harness';

async function inWrapUp(config: { mode?: 'power' | 'preview' } = {}) {
  const h = createHarness({ leads: 3, config });
  await h.session.start();
  if (config.mode === 'preview') await h.session.dial();
  await h.ringAndAnswer();
  await h.session.hangup();
  return h;
}

describe('PowerDialSession: choosing and confirming the outcome', () => {
  it('choosing again replaces the outcome; only the confirmed one is stored', async () => {
    const h = await inWrapUp();
    await h.session.selectOutcome('converted');
    await h.session.selectOutcome('not-interested');
    expect(h.snap().draft?.outcomeCode).toBe('not-interested');
    expect(h.ports.callsOf('recordOutcome')).toEqual([]);
    await h.session.confirm();
    expect(h.ports.callsOf('recordOutcome')).toHaveLength(1);
    expect(h.ports.attempt('attempt-1').outcomeCode).toBe('not-interested');
  });

  it('do not call is saved only when chosen twice, and undo takes it back like any other', async () => {
    const h = await inWrapUp();
    await h.session.selectOutcome('do-not-call');
    expect(h.snap().draft).toMatchObject({ outcomeCode: 'do-not-call', dncConfirmed: false });
    await expect(h.session.confirm()).rejects.toThrow(
      '"Do not call" puts the number on the do-not-call list: press 8 again to confirm.',
    );
    expect(h.ports.callsOf('recordOutcome')).toEqual([]);
    await h.session.selectOutcome('do-not-call');
    expect(h.snap().draft).toMatchObject({ dncConfirmed: true });
    await h.session.confirm();
    expect(h.ports.attempt('attempt-1').outcomeCode).toBe('do-not-call');
    await h.session.undoLastOutcome();
    expect(h.ports.callsOf('undoOutcome')).toEqual([['attempt-1']]);
  });

  it('a do-not-call outcome left unconfirmed is never saved when the wrap-up runs out', async () => {
    const h = createHarness({ leads: 2 });
    await h.session.start();
    await h.ringAndAnswer();
    await h.session.selectOutcome('do-not-call');
    await h.session.hangup();
    await h.advance(h.snap().wrapUpDeadline! - h.now());
    expect(h.ports.callsOf('recordOutcome')).toEqual([]);
    expect(h.snap()).toMatchObject({ state: 'paused', pause: { reason: 'wrap-up-expired' } });
  });

  it('after a no-answer, a contact outcome is refused with the reason and nothing is saved', async () => {
    const h = createHarness({ leads: 2 });
    await h.session.start();
    h.provider.ring();
    await h.settle();
    await h.session.hangup();
    expect(h.snap()).toMatchObject({ state: 'wrap-up', draft: { outcomeCode: 'no-answer' } });
    await expect(h.session.selectOutcome('converted')).rejects.toThrow(
      '"Converted" needs a person on the line, and nobody answered',
    );
    expect(h.snap().draft?.outcomeCode).toBe('no-answer');
    await h.session.confirm();
    expect(h.ports.attempt('attempt-1').outcomeCode).toBe('no-answer');
  });

  it('where the settings keep it, a conversion after a no-answer is saved marked not on the line, and undone', async () => {
    const h = createHarness({ leads: 2, config: { keepOutcomesNotOnTheLine: true } });
    await h.session.start();
    h.provider.ring();
    await h.settle();
    await h.session.hangup();
    await h.session.selectOutcome('converted');
    await h.session.confirm();
    expect(h.ports.attempt('attempt-1')).toMatchObject({
      outcomeCode: 'converted',
      notOnTheLine: true,
    });
    expect(h.snap()).toMatchObject({
      lastOutcome: { attemptId: 'attempt-1', outcomeCode: 'converted', notOnTheLine: true },
      notice:
        '"Converted" is kept for First1 Last1, marked not on the line (nobody answered): ' +
        "it counts in no KPI, yours or the floor's.",
    });
    await h.session.undoLastOutcome();
    expect(h.ports.callsOf('undoOutcome')).toEqual([['attempt-1']]);
    expect(h.ports.attempt('attempt-1')).toMatchObject({ outcomeCode: null, notOnTheLine: false });
  });

  it('a conversion a person answered is never marked, whatever the setting', async () => {
    const h = createHarness({ leads: 2, config: { keepOutcomesNotOnTheLine: true } });
    await h.session.start();
    await h.ringAndAnswer();
    await h.session.hangup();
    await h.session.selectOutcome('converted');
    await h.session.confirm();
    expect(h.ports.attempt('attempt-1')).toMatchObject({
      outcomeCode: 'converted',
      notOnTheLine: false,
    });
    expect(h.snap().notice).toBeNull();
  });

  it('the outcome and note may be prepared during the call', async () => {
    const h = createHarness({ leads: 2 });
    await h.session.start();
    await h.ringAndAnswer();
    await h.session.selectOutcome('converted');
    await h.session.setNote('  Booked a demo for Tuesday  ');
    await h.session.hangup();
    expect(h.snap()).toMatchObject({ draft: { outcomeCode: 'converted' } });
    await h.session.confirm();
    expect(h.ports.attempt('attempt-1')).toMatchObject({
      outcomeCode: 'converted',
      note: 'Booked a demo for Tuesday',
    });
  });

  it('confirming without an outcome is refused with a reason and changes nothing', async () => {
    const h = await inWrapUp();
    const before = h.snap();
    await expect(h.session.confirm()).rejects.toThrow('Pick an outcome first.');
    expect(h.snap()).toEqual(before);
  });

  it('a callback outcome needs a time in the future', async () => {
    const h = await inWrapUp();
    await h.session.selectOutcome('callback');
    await expect(h.session.confirm()).rejects.toThrow(
      '"Callback" needs a callback time: set one, then confirm.',
    );
    await expect(h.session.setCallbackAt(START - 1)).rejects.toThrow(
      'The callback time must be in the future.',
    );
    await h.session.setCallbackAt(START + 3_600_000);
    await h.session.confirm();
    expect(h.ports.attempt('attempt-1')).toMatchObject({
      outcomeCode: 'callback',
      callbackAt: START + 3_600_000,
    });
  });

  it('refuses unknown outcome codes, over-long notes and empty keypad input', async () => {
    const h = await inWrapUp();
    const refusal = (promise: Promise<void>) =>
      promise.then(
        () => null,
        (error: unknown) => (error as DomainError).code,
      );
    expect(await refusal(h.session.selectOutcome('maybe'))).toBe('invalid-argument');
    expect(await refusal(h.session.setNote('x'.repeat(4_001)))).toBe('invalid-argument');
    expect(await refusal(h.session.sendDigits(''))).toBe('invalid-argument');
    expect(h.snap().draft).toMatchObject({ outcomeCode: null, note: '' });
  });

  it('the system outcomes may be chosen by the rep too', async () => {
    const h = await inWrapUp();
    await h.session.selectOutcome('busy');
    await h.session.confirm();
    expect(h.ports.callsOf('recordOutcome')[0]?.[1]).toBe('busy');
  });
});

describe('PowerDialSession: undo of the last outcome', () => {
  it('in preview mode, undo returns to the wrap-up and the previewed lead waits its turn', async () => {
    const h = await inWrapUp({ mode: 'preview' });
    await h.session.selectOutcome('not-interested');
    await h.session.setNote('Uses a competitor');
    await h.session.confirm();
    expect(h.snap()).toMatchObject({
      state: 'preview',
      offer: { lead: { id: 2 } },
      lastOutcome: { attemptId: 'attempt-1', leadId: 1, outcomeCode: 'not-interested' },
    });

    await h.session.undoLastOutcome();
    expect(h.ports.callsOf('undoOutcome')).toEqual([['attempt-1']]);
    expect(h.ports.attempt('attempt-1').outcomeCode).toBeNull();
    expect(h.snap()).toMatchObject({
      state: 'wrap-up',
      offer: { lead: { id: 1 } },
      draft: { outcomeCode: 'not-interested', note: 'Uses a competitor' },
      wrapUpDeadline: h.now() + 10_000,
      lastOutcome: null,
    });

    await h.session.selectOutcome('interested');
    await h.session.confirm();
    expect(h.ports.attempt('attempt-1').outcomeCode).toBe('interested');
    expect(h.snap()).toMatchObject({ state: 'preview', offer: { lead: { id: 2 } } });
    // The lead shown before the undo is offered again without asking the queue twice.
    expect(h.ports.callsOf('nextLead')).toHaveLength(2);
    expect(h.ports.callsOf('releaseLead')).toEqual([]);
  });

  it('undo while the next call rings withdraws the last outcome and leaves that call alone', async () => {
    const h = await inWrapUp();
    await h.session.selectOutcome('converted');
    await h.session.confirm();
    expect(h.snap()).toMatchObject({ state: 'dialing', lastOutcome: { attemptId: 'attempt-1' } });
    h.provider.ring();
    await h.settle();
    await h.session.undoLastOutcome();
    expect(h.ports.callsOf('undoOutcome')).toEqual([['attempt-1']]);
    expect(h.ports.attempt('attempt-1').outcomeCode).toBeNull();
    expect(h.provider.hangups).toEqual(['attempt-1']);
    expect(h.snap()).toMatchObject({
      state: 'ringing',
      call: { attemptId: 'attempt-2' },
      lastOutcome: null,
      reopened: { attemptId: 'attempt-1', leadId: 1 },
    });
    expect(h.ports.locked.has(1)).toBe(true);

    // Once the ringing call's outcome is saved, the withdrawn call's wrap-up comes back.
    h.provider.answer();
    await h.settle();
    await h.session.hangup();
    await h.session.selectOutcome('not-interested');
    await h.session.confirm();
    expect(h.snap()).toMatchObject({
      state: 'wrap-up',
      call: { attemptId: 'attempt-1' },
      offer: { lead: { id: 1 } },
      reopened: null,
      lastOutcome: { attemptId: 'attempt-2' },
    });
    await h.session.selectOutcome('interested');
    await h.session.confirm();
    expect(h.ports.attempt('attempt-1').outcomeCode).toBe('interested');
    expect(h.snap()).toMatchObject({ state: 'dialing', call: { attemptId: 'attempt-3' } });
  });

  it('undo is refused once the outcome after it is recorded', async () => {
    const h = await inWrapUp();
    await h.session.selectOutcome('converted');
    await h.session.confirm();
    await h.ringAndAnswer();
    await h.session.hangup();
    await h.session.selectOutcome('not-interested');
    await h.session.confirm();
    await h.session.undoLastOutcome();
    expect(h.ports.callsOf('undoOutcome')).toEqual([['attempt-2']]);
    expect(h.snap()).toMatchObject({ reopened: { attemptId: 'attempt-2' } });
    // attempt-1's outcome was replaced as the one to undo: a second undo has nothing left.
    await expect(h.session.undoLastOutcome()).rejects.toMatchObject({
      code: 'illegal-transition',
      message: 'There is no outcome to undo: only the last one saved can be undone.',
    });
  });

  it('undo right after confirming in power mode calls off the dial that was on its way', async () => {
    const h = await inWrapUp();
    await h.session.selectOutcome('converted');
    const write = h.ports.holdNext('recordOutcome');
    const confirmed = h.session.confirm();
    const undone = h.session.undoLastOutcome();
    write.resolve();
    await confirmed;
    await undone;
    expect(h.provider.dials).toHaveLength(1);
    expect(h.ports.callsOf('undoOutcome')).toEqual([['attempt-1']]);
    expect(h.snap()).toMatchObject({
      state: 'wrap-up',
      offer: { lead: { id: 1 } },
      draft: { outcomeCode: 'converted' },
    });
    await h.session.selectOutcome('callback');
    await h.session.setCallbackAt(START + 7_200_000);
    await h.session.confirm();
    expect(h.snap()).toMatchObject({ state: 'dialing', offer: { lead: { id: 2 } } });
  });

  it('undo from a pause returns to the wrap-up, and confirming again returns to the pause', async () => {
    const h = await inWrapUp();
    await h.session.pause('meeting');
    await h.session.selectOutcome('converted');
    await h.session.confirm();
    expect(h.snap()).toMatchObject({ state: 'paused', pause: { code: 'meeting', reason: 'rep' } });
    await h.session.undoLastOutcome();
    expect(h.snap()).toMatchObject({ state: 'wrap-up', pauseAfterCall: 'meeting' });
    await h.session.selectOutcome('interested');
    await h.session.confirm();
    expect(h.snap()).toMatchObject({ state: 'paused', pause: { code: 'meeting' } });
    expect(h.provider.dials).toHaveLength(1);
  });

  it('undo works in idle after the last lead', async () => {
    const h = createHarness({ leads: 1 });
    await h.session.start();
    await h.ringAndAnswer();
    await h.session.hangup();
    await h.session.selectOutcome('converted');
    await h.session.confirm();
    expect(h.snap()).toMatchObject({ state: 'idle', idleReason: 'queue-empty' });
    await h.session.undoLastOutcome();
    expect(h.snap()).toMatchObject({ state: 'wrap-up', offer: { lead: { id: 1 } } });
    expect(h.ports.locked.has(1)).toBe(true);
  });
});
