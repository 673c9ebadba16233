import { describe, expect, it } from 'vitest';
import type { CallEndReason } from '../../../../shared/domain/call';
import { automaticOutcomeFor } from '../../../../electron/core/dispositions/automatic-outcome';
import { createHarness, START } from './session-harness';

describe('automaticOutcomeFor', () => {
  it.each<[CallEndReason, string]>([
    ['no-answer', 'no-answer'],
    ['busy', 'busy'],
    ['failed', 'failed'],
    ['canceled', 'failed'],
    ['voicemail', 'no-answer'],
    ['hangup-remote', 'no-answer'],
    ['hangup-local', 'no-answer'],
  ])('a call ended by %s before anyone answered is recorded as %s', (reason, outcome) => {
    expect(automaticOutcomeFor(reason)).toBe(outcome);
  });
});

describe('PowerDialSession: calls that reach nobody', () => {
  it.each<[CallEndReason, string]>([
    ['no-answer', 'no-answer'],
    ['busy', 'busy'],
    ['voicemail', 'no-answer'],
    ['canceled', 'failed'],
    ['hangup-remote', 'no-answer'],
  ])(
    'the line ends the call with %s: outcome %s, a 2 s wrap-up, then the next dial',
    async (reason, outcome) => {
      const h = createHarness({ leads: 2 });
      await h.session.start();
      h.provider.ring();
      await h.advance(4_000);
      h.provider.end(undefined, reason);
      await h.settle();
      expect(h.snap()).toMatchObject({
        state: 'wrap-up',
        wrapUpDeadline: START + 6_000,
        draft: { outcomeCode: outcome, automatic: true },
        call: { endReason: reason, endedAt: START + 4_000, answeredAt: null },
      });

      await h.advance(1_999);
      expect(h.ports.callsOf('recordOutcome')).toEqual([]);
      await h.advance(1);
      expect(h.ports.attempt('attempt-1')).toMatchObject({
        outcomeCode: outcome,
        endReason: reason,
        talkSeconds: 0,
        recordedAt: START + 6_000,
      });
      expect(h.snap()).toMatchObject({ state: 'dialing', offer: { lead: { id: 2 } } });
    },
  );

  it('a failed call is recorded as failed and the line’s words are shown', async () => {
    const h = createHarness({ leads: 2 });
    await h.session.start();
    h.provider.fail(undefined, 'The carrier rejected the number.');
    await h.settle();
    expect(h.snap()).toMatchObject({
      state: 'wrap-up',
      draft: { outcomeCode: 'failed', automatic: true },
      call: { endReason: 'failed' },
      lastError: 'The carrier rejected the number.',
    });
    await h.advance(2_000);
    expect(h.ports.attempt('attempt-1').outcomeCode).toBe('failed');
  });

  it('a dial the line refuses to place is a failed attempt', async () => {
    const h = createHarness({ leads: 2 });
    h.provider.dialError = new Error('Microphone permission denied');
    await h.session.start();
    await h.settle();
    expect(h.snap()).toMatchObject({
      state: 'wrap-up',
      draft: { outcomeCode: 'failed' },
      lastError: 'The line could not place the call (Microphone permission denied)',
    });
    expect(h.ports.attempt('attempt-1')).toMatchObject({ endReason: 'failed', endedAt: START });
  });

  it('a machine answer hangs up at once and is recorded as no-answer, not voicemail-left', async () => {
    const h = createHarness({ leads: 2 });
    await h.session.start();
    h.provider.ring();
    await h.advance(6_000);
    h.provider.answer(undefined, 'machine');
    await h.settle();
    expect(h.provider.hangups).toEqual(['attempt-1']);
    expect(h.snap()).toMatchObject({
      state: 'wrap-up',
      draft: { outcomeCode: 'no-answer', automatic: true },
      call: { answeredBy: 'machine', endReason: 'voicemail', answeredAt: START + 6_000 },
    });
    await h.advance(2_000);
    // What the line reported is kept beside the outcome recorded.
    expect(h.ports.attempt('attempt-1')).toMatchObject({
      outcomeCode: 'no-answer',
      answeredBy: 'machine',
      endReason: 'voicemail',
      talkSeconds: 0,
    });
  });

  it('with rep-leaves-voicemail, a machine is put through with no-answer proposed until the rep says otherwise', async () => {
    const h = createHarness({ leads: 2, config: { machineAnswer: 'rep-leaves-voicemail' } });
    await h.session.start();
    h.provider.answer(undefined, 'machine');
    await h.settle();
    expect(h.snap()).toMatchObject({
      state: 'connected',
      call: { answeredBy: 'machine' },
      draft: { outcomeCode: 'no-answer', automatic: true },
    });
    expect(h.provider.hangups).toEqual([]);

    await h.advance(20_000);
    await h.session.selectOutcome('voicemail-left');
    await h.session.hangup();
    expect(h.snap()).toMatchObject({
      state: 'wrap-up',
      wrapUpDeadline: START + 30_000,
      draft: { outcomeCode: 'voicemail-left', automatic: false },
    });
    await h.session.confirm();
    expect(h.ports.attempt('attempt-1')).toMatchObject({
      outcomeCode: 'voicemail-left',
      talkSeconds: 20,
    });
  });

  it('a person answering needs the rep’s outcome: nothing is proposed, full wrap-up', async () => {
    const h = createHarness({ leads: 2 });
    await h.session.start();
    await h.ringAndAnswer();
    h.provider.end(undefined, 'hangup-remote');
    await h.settle();
    expect(h.snap()).toMatchObject({
      state: 'wrap-up',
      wrapUpDeadline: START + 10_000,
      draft: { outcomeCode: null, automatic: false },
    });
  });

  it('a person cut off by a failure still needs the rep’s outcome', async () => {
    const h = createHarness({ leads: 2 });
    await h.session.start();
    await h.ringAndAnswer();
    h.provider.fail(undefined, 'The call dropped.');
    await h.settle();
    expect(h.snap()).toMatchObject({
      state: 'wrap-up',
      draft: { outcomeCode: null },
      call: { endReason: 'failed' },
    });
  });

  it('the rep hanging up before an answer proposes no-answer with the full wrap-up to change it', async () => {
    const h = createHarness({ leads: 2 });
    await h.session.start();
    h.provider.ring();
    await h.settle();
    await h.session.hangup();
    expect(h.provider.hangups).toEqual(['attempt-1']);
    expect(h.snap()).toMatchObject({
      state: 'wrap-up',
      wrapUpDeadline: START + 10_000,
      draft: { outcomeCode: 'no-answer', automatic: true },
    });
    await h.session.selectOutcome('bad-number');
    await h.session.confirm();
    expect(h.ports.attempt('attempt-1').outcomeCode).toBe('bad-number');
  });

  it('pauses after three failed calls in a row instead of burning through the queue', async () => {
    const h = createHarness({ leads: 5 });
    await h.session.start();
    for (let i = 0; i < 3; i++) {
      h.provider.fail();
      await h.settle();
      await h.advance(2_000);
    }
    expect(h.provider.dials).toHaveLength(3);
    expect(h.snap()).toMatchObject({
      state: 'paused',
      pause: { code: 'other', reason: 'line-failing', since: START + 6_000 },
      lastError:
        '3 calls in a row failed on the line, so dialing is paused. Check the connection, then resume.',
    });
    expect(h.ports.locked.size).toBe(0);

    await h.session.resume();
    h.provider.fail();
    await h.settle();
    await h.advance(2_000);
    expect(h.snap().state).toBe('dialing');
  });

  it('a call that gets through resets the failure count', async () => {
    const h = createHarness({ leads: 6 });
    await h.session.start();
    for (const end of ['fail', 'fail', 'busy', 'fail', 'fail'] as const) {
      if (end === 'fail') h.provider.fail();
      else h.provider.end(undefined, 'busy');
      await h.settle();
      await h.advance(2_000);
    }
    expect(h.snap().state).toBe('dialing');
  });
});
