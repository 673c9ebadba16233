import { describe, expect, it } from 'vitest';
import type { PauseCode } from '../../../../shared/domain/session';
import { createHarness, START } from './session-harness';

describe('PowerDialSession: pause and resume', () => {
  it('pauses from idle with a code and the time, and resumes into the queue', async () => {
    const h = createHarness({ leads: 2 });
    await h.advance(5_000);
    await h.session.pause('training');
    expect(h.snap()).toMatchObject({
      state: 'paused',
      stateSince: START + 5_000,
      pause: { code: 'training', reason: 'rep', since: START + 5_000 },
    });
    await h.session.resume();
    expect(h.snap()).toMatchObject({ state: 'dialing', pause: null, offer: { lead: { id: 1 } } });
  });

  it('pausing from preview unlocks the previewed lead', async () => {
    const h = createHarness({ leads: 2, config: { mode: 'preview' } });
    await h.session.start();
    await h.session.pause('break');
    expect(h.ports.callsOf('releaseLead')).toEqual([[1]]);
    expect(h.ports.locked.size).toBe(0);
    expect(h.snap()).toMatchObject({ state: 'paused', offer: null });
    await h.session.resume();
    expect(h.snap()).toMatchObject({ state: 'preview', offer: { lead: { id: 1 } } });
  });

  it('pausing during a call pauses once the outcome is recorded, not before', async () => {
    const h = createHarness({ leads: 3 });
    await h.session.start();
    await h.ringAndAnswer();
    await h.session.pause('admin');
    expect(h.snap()).toMatchObject({ state: 'connected', pauseAfterCall: 'admin' });
    await h.session.hangup();
    await h.session.selectOutcome('converted');
    await h.session.confirm();
    expect(h.snap()).toMatchObject({
      state: 'paused',
      pause: { code: 'admin', reason: 'rep' },
      pauseAfterCall: null,
    });
    expect(h.provider.dials).toHaveLength(1);
    // No lead was looked up, so none was locked, for a dial that was not going to happen.
    expect(h.ports.callsOf('nextLead')).toHaveLength(1);
    expect(h.ports.locked.size).toBe(0);
  });

  it('pausing in wrap-up hands back the lead already looked up for the next dial', async () => {
    const h = createHarness({ leads: 3 });
    await h.session.start();
    h.provider.end(undefined, 'busy');
    await h.settle();
    expect(h.ports.locked).toEqual(new Set([1, 2]));
    await h.session.pause('break');
    expect(h.ports.callsOf('releaseLead')).toEqual([[2]]);
    await h.advance(2_000);
    expect(h.snap()).toMatchObject({ state: 'paused', pause: { code: 'break' } });
    expect(h.ports.attempt('attempt-1').outcomeCode).toBe('busy');
  });

  it('refuses a pause code that is not one of the list', async () => {
    const h = createHarness();
    await expect(h.session.pause('lunch' as PauseCode)).rejects.toThrow(
      '"lunch" is not a pause code; use one of break, meeting, training, admin, other.',
    );
    expect(h.snap().state).toBe('idle');
  });
});

describe('PowerDialSession: skip', () => {
  it('skips the previewed lead with the rep’s reason and previews the next', async () => {
    const h = createHarness({ leads: 2, config: { mode: 'preview' } });
    await h.session.start();
    await h.session.skip('  Already a customer  ');
    expect(h.ports.callsOf('skipLead')).toEqual([[1, { by: 'rep', reason: 'Already a customer' }]]);
    expect(h.snap()).toMatchObject({ state: 'preview', offer: { lead: { id: 2 } } });
    expect(h.provider.dials).toEqual([]);
  });

  it('in power mode a ringing call is hung up, recorded as no-answer with the skip, and the next lead dialed', async () => {
    const h = createHarness({ leads: 3 });
    await h.session.start();
    h.provider.ring();
    await h.settle();
    await h.session.skip('Asked to be called on the mobile');
    expect(h.provider.hangups).toEqual(['attempt-1']);
    expect(h.ports.callsOf('skipCall')).toMatchObject([
      [
        { id: 'attempt-1', outcomeCode: 'no-answer', endReason: 'hangup-local' },
        'no-answer',
        { by: 'rep', reason: 'Asked to be called on the mobile' },
      ],
    ]);
    expect(h.ports.callsOf('recordOutcome')).toEqual([]);
    expect(h.snap()).toMatchObject({
      state: 'dialing',
      offer: { lead: { id: 2 } },
      notice: expect.stringContaining('Asked to be called on the mobile') as unknown,
    });
  });

  it('a lead someone answered cannot be skipped: the rep is told what to do instead', async () => {
    const h = createHarness({ leads: 2 });
    await h.session.start();
    await h.ringAndAnswer();
    await expect(h.session.skip('not today')).rejects.toThrow(
      'Cannot skip a lead someone answered: hang up (Esc), then record the outcome.',
    );
    expect(h.snap().state).toBe('connected');
  });

  it('a skip needs a reason', async () => {
    const h = createHarness({ leads: 2, config: { mode: 'preview' } });
    await h.session.start();
    await expect(h.session.skip('   ')).rejects.toMatchObject({ code: 'invalid-argument' });
    expect(h.ports.callsOf('skipLead')).toEqual([]);
  });

  it('the dial-time check sets aside a lead that may not be called and dials the next', async () => {
    const h = createHarness({ leads: 3 });
    h.ports.refusals.set(1, 'the number is on the do-not-call list');
    await h.session.start();
    expect(h.ports.callsOf('skipLead')).toEqual([
      [1, { by: 'dial-check', reason: 'the number is on the do-not-call list' }],
    ]);
    expect(h.ports.callsOf('startAttempt')).toHaveLength(1);
    expect(h.snap()).toMatchObject({
      state: 'dialing',
      offer: { lead: { id: 2 } },
      notice: 'Skipped First1 Last1: the number is on the do-not-call list',
    });
    expect(h.provider.dials.map((dial) => dial.to)).toEqual(['+14155550002']);
  });

  it('in preview mode a lead that became undialable while on screen is not dialed', async () => {
    const h = createHarness({ leads: 2, config: { mode: 'preview' } });
    await h.session.start();
    h.ports.refusals.set(1, 'it is 21:05 for the lead, outside the calling window');
    await h.session.dial();
    expect(h.provider.dials).toEqual([]);
    expect(h.snap()).toMatchObject({
      state: 'preview',
      offer: { lead: { id: 2 } },
      notice: 'Skipped First1 Last1: it is 21:05 for the lead, outside the calling window',
    });
  });

  it('stops after 20 refusals in a row instead of looping over the queue', async () => {
    const h = createHarness({ leads: 25 });
    for (let id = 1; id <= 25; id++) h.ports.refusals.set(id, 'outside the calling window');
    await expect(h.session.start()).rejects.toMatchObject({ code: 'conflict' });
    expect(h.ports.callsOf('isDialable')).toHaveLength(20);
    expect(h.snap()).toMatchObject({
      state: 'idle',
      idleReason: 'error',
      lastError:
        'Stopped dialing: 20 leads in a row failed the dial-time check; the queue and the dialing rules disagree',
    });
    expect(h.provider.dials).toEqual([]);
  });
});

describe('PowerDialSession: mute and keypad', () => {
  it('mutes and unmutes the live call; a new call starts unmuted', async () => {
    const h = createHarness({ leads: 2 });
    await h.session.start();
    await h.ringAndAnswer();
    await h.session.setMuted(true);
    expect(h.provider.mutes).toEqual([{ attemptId: 'attempt-1', muted: true }]);
    expect(h.snap().call?.muted).toBe(true);
    await h.session.setMuted(false);
    expect(h.snap().call?.muted).toBe(false);
    await h.session.setMuted(true);
    await h.session.hangup();
    expect(h.snap().call?.muted).toBe(false);
  });

  it('sends keypad tones through the line', async () => {
    const h = createHarness({ leads: 1 });
    await h.session.start();
    await h.ringAndAnswer();
    await h.session.sendDigits('1#');
    expect(h.provider.digits).toEqual([{ attemptId: 'attempt-1', digits: '1#' }]);
  });

  it('a line that refuses to mute keeps the call unmuted and says so', async () => {
    const h = createHarness({ leads: 1 });
    await h.session.start();
    await h.ringAndAnswer();
    h.provider.lineError = new Error('device lost');
    await expect(h.session.setMuted(true)).rejects.toMatchObject({
      code: 'unavailable',
      message: 'Could not mute the line (device lost)',
    });
    expect(h.snap()).toMatchObject({
      state: 'connected',
      call: { muted: false },
      lastError: 'Could not mute the line (device lost)',
    });
  });

  it('tracks the line’s quality warnings while the call lasts', async () => {
    const h = createHarness({ leads: 1 });
    await h.session.start();
    await h.ringAndAnswer();
    const warn = (active: boolean) =>
      h.provider.emit({
        type: 'quality-warning',
        attemptId: 'attempt-1',
        providerCallId: 'CALL-1',
        at: h.now(),
        warning: 'high-jitter',
        active,
      });
    warn(true);
    await h.settle();
    expect(h.snap().call?.qualityWarnings).toEqual(['high-jitter']);
    warn(false);
    await h.settle();
    expect(h.snap().call?.qualityWarnings).toEqual([]);
  });
});
