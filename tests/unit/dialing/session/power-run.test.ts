import { describe, expect, it } from 'vitest';
import type { Attempt } from '../../../../shared/domain/attempt';
import { createHarness, START, type Harness } from './session-harness';

const TOMORROW_9 = START + 19 * 3_600_000;

/** How the line and the rep play each of the ten leads, in queue order. */
const SCRIPT: Array<(h: Harness) => Promise<void>> = [
  // 1: a person; the rep books a meeting, with a note, and presses Enter.
  async (h) => {
    await talk(h, 95_000);
    await h.session.selectOutcome('converted');
    await h.session.setNote('Demo booked Tuesday 10:00');
    await h.session.confirm();
  },
  // 2: rings out: the session hangs up after 25 s.
  async (h) => {
    h.provider.ring();
    await h.settle();
    await h.advance(25_000);
    await h.advance(2_000);
  },
  // 3: busy.
  async (h) => {
    h.provider.end(undefined, 'busy');
    await h.settle();
    await h.advance(2_000);
  },
  // 4: an answering machine.
  async (h) => {
    h.provider.ring();
    await h.advance(4_000);
    h.provider.answer(undefined, 'machine');
    await h.settle();
    await h.advance(2_000);
  },
  // 5: the carrier rejects the call.
  async (h) => {
    h.provider.fail(undefined, 'Number not in service.');
    await h.settle();
    await h.advance(2_000);
  },
  // 6: a person asks to be called back tomorrow at 9.
  async (h) => {
    await talk(h, 40_000);
    await h.session.selectOutcome('callback');
    await h.session.setCallbackAt(TOMORROW_9);
    await h.session.confirm();
  },
  // 7: a person; the rep picks an outcome on the call and lets the countdown confirm it (an
  // outcome picked in wrap-up would hold the countdown).
  async (h) => {
    await h.advance(3_000);
    h.provider.ring();
    await h.advance(5_000);
    h.provider.answer();
    await h.advance(12_000);
    await h.session.selectOutcome('not-interested');
    await h.session.hangup();
    await h.advance(10_000);
  },
  // 8: the line detects voicemail and ends the call itself.
  async (h) => {
    h.provider.ring();
    await h.advance(8_000);
    h.provider.end(undefined, 'voicemail');
    await h.settle();
    await h.advance(2_000);
  },
  // 9: a person asks never to be called again.
  async (h) => {
    await talk(h, 20_000);
    // Do not call is chosen twice: the second time confirms it.
    await h.session.selectOutcome('do-not-call');
    await h.session.selectOutcome('do-not-call');
    await h.session.confirm();
  },
  // 10: rings, the rep gives up and hangs up, then confirms the proposed no-answer.
  async (h) => {
    h.provider.ring();
    await h.advance(15_000);
    await h.session.hangup();
    await h.session.confirm();
  },
];

async function talk(h: Harness, ms: number): Promise<void> {
  await h.advance(3_000);
  h.provider.ring();
  await h.advance(5_000);
  h.provider.answer();
  await h.advance(ms);
  await h.session.hangup();
}

describe('PowerDialSession: a rep works ten leads in power mode', () => {
  it('stores exactly one attempt per lead, with the right facts and outcomes, and nothing else', async () => {
    const h = createHarness({ leads: 10 });
    await h.session.start();
    for (const [index, play] of SCRIPT.entries()) {
      expect(h.snap()).toMatchObject({ state: 'dialing', offer: { lead: { id: index + 1 } } });
      await play(h);
    }
    await h.settle();
    expect(h.snap()).toMatchObject({ state: 'idle', idleReason: 'queue-empty' });

    const attempts = h.ports.callsOf('startAttempt').map(([attempt]) => attempt as Attempt);
    expect(attempts.map((a) => [a.id, a.leadId, a.repId, a.provider])).toEqual(
      Array.from({ length: 10 }, (_, i) => [`attempt-${i + 1}`, i + 1, 'rep-1', 'fake']),
    );
    expect(h.provider.dials.map((dial) => dial.attemptId)).toEqual(attempts.map((a) => a.id));

    const outcomes = h.ports
      .callsOf('recordOutcome')
      .map(([attempt]) => attempt as Attempt)
      .map((a) => [a.leadId, a.outcomeCode, a.endReason, a.talkSeconds, a.note, a.callbackAt]);
    expect(outcomes).toEqual([
      [1, 'converted', 'hangup-local', 95, 'Demo booked Tuesday 10:00', null],
      [2, 'no-answer', 'no-answer', 0, null, null],
      [3, 'busy', 'busy', 0, null, null],
      [4, 'no-answer', 'voicemail', 0, null, null],
      [5, 'failed', 'failed', 0, null, null],
      [6, 'callback', 'hangup-local', 40, null, TOMORROW_9],
      [7, 'not-interested', 'hangup-local', 12, null, null],
      [8, 'no-answer', 'voicemail', 0, null, null],
      [9, 'do-not-call', 'hangup-local', 20, null, null],
      [10, 'no-answer', 'hangup-local', 0, null, null],
    ]);

    for (const attempt of h.ports.attempts.values()) {
      expect(attempt.providerCallId).toBe(h.provider.callIdOf(attempt.id));
      expect(attempt.endedAt).toBeGreaterThanOrEqual(attempt.startedAt);
      expect(attempt.recordedAt).toBeGreaterThanOrEqual(attempt.endedAt ?? Infinity);
    }
    const first = h.ports.attempt('attempt-1');
    expect(first).toMatchObject({
      startedAt: START,
      ringingAt: START + 3_000,
      answeredAt: START + 8_000,
      endedAt: START + 103_000,
    });

    // Each attempt is stored, then progresses, then gets its outcome, before the next one starts.
    const perAttempt = h.ports.calls
      .filter((call) => ['startAttempt', 'saveCallProgress', 'recordOutcome'].includes(call.port))
      .map((call) => `${(call.args[0] as Attempt).id}:${call.port}`);
    const order = perAttempt.map((entry) => Number(entry.split(':')[0]?.split('-')[1]));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(perAttempt.filter((entry) => entry.endsWith('recordOutcome'))).toHaveLength(10);

    expect(h.ports.callsOf('skipLead')).toEqual([]);
    expect(h.ports.callsOf('releaseLead')).toEqual([]);
    expect(h.ports.callsOf('undoOutcome')).toEqual([]);
    expect(h.ports.locked.size).toBe(0);
    expect(h.clock.pendingTimers()).toBe(0);
  });
});
