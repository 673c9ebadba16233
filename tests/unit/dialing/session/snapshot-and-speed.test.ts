import { describe, expect, it } from 'vitest';
import { createHarness, START } from './session-harness';

describe('PowerDialSession: snapshots', () => {
  it('stateSince moves only when the state or the lead on screen changes', async () => {
    const h = createHarness({ leads: 3, config: { mode: 'preview' } });
    await h.advance(1_000);
    await h.session.start();
    expect(h.snap().stateSince).toBe(START + 1_000);
    await h.advance(1_000);
    await h.session.skip('duplicate');
    expect(h.snap()).toMatchObject({
      state: 'preview',
      offer: { lead: { id: 2 } },
      stateSince: START + 2_000,
    });
    await h.session.dial();
    await h.ringAndAnswer();
    await h.session.hangup();
    await h.advance(3_000);
    await h.session.selectOutcome('converted');
    expect(h.snap()).toMatchObject({ state: 'wrap-up', stateSince: START + 2_000 });
  });

  it('a listener that throws does not break the session; unsubscribing stops the calls', async () => {
    const h = createHarness({ leads: 2 });
    let calls = 0;
    const unsubscribe = h.session.subscribe(() => {
      calls++;
      throw new Error('view crashed');
    });
    await h.session.start();
    expect(h.snap().state).toBe('dialing');
    const seen = calls;
    expect(seen).toBeGreaterThan(0);
    unsubscribe();
    h.provider.ring();
    await h.settle();
    expect(calls).toBe(seen);
    expect(h.snap().state).toBe('ringing');
  });
});

describe('PowerDialSession: from Enter to the next dial', () => {
  it('needs only the dial-time check and the attempt write: the next lead was looked up during wrap-up', async () => {
    const h = createHarness({ leads: 3 });
    await h.session.start();
    await h.ringAndAnswer();
    await h.session.hangup();
    await h.session.selectOutcome('converted');
    const before = h.ports.calls.length;
    await h.session.confirm();
    expect(h.ports.portsCalled().slice(before)).toEqual([
      'recordOutcome',
      'isDialable',
      'startAttempt',
    ]);
    expect(h.provider.dials).toHaveLength(2);
  });

  it('the dial-time check runs on the looked-up lead at dial time, not when it was looked up', async () => {
    const h = createHarness({ leads: 3 });
    await h.session.start();
    h.provider.end(undefined, 'busy');
    await h.settle();
    // Lead 2 was locked for the next dial during wrap-up; it lands on the DNC list meanwhile.
    h.ports.refusals.set(2, 'the number was added to the do-not-call list');
    await h.advance(2_000);
    expect(h.provider.dials.map((dial) => dial.to)).toEqual(['+14155550001', '+14155550003']);
    expect(h.ports.callsOf('skipLead')).toEqual([
      [2, { by: 'dial-check', reason: 'the number was added to the do-not-call list' }],
    ]);
  });
});
