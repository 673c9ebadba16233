import { describe, expect, it } from 'vitest';
import { createHarness } from './session-harness';

describe('PowerDialSession.dialLead: the rep dials the lead they picked', () => {
  it('from idle dials that lead, not the queue head, and the loop goes on from the queue', async () => {
    const h = createHarness({ leads: 3 });
    await h.session.dialLead(3);
    expect(h.snap()).toMatchObject({
      state: 'dialing',
      offer: { lead: { id: 3 }, reason: 'lead 3 picked by the rep' },
    });
    expect(h.ports.callsOf('isDialable')).toEqual([[3, 'chosen']]);
    expect(h.provider.dials.map((dial) => dial.to)).toEqual([h.snap().offer?.lead.phoneE164]);

    h.provider.end(undefined, 'busy');
    await h.settle();
    await h.session.confirm();
    expect(h.snap()).toMatchObject({ state: 'dialing', offer: { lead: { id: 1 } } });
  });

  it('from preview hands the previewed lead back first', async () => {
    const h = createHarness({ leads: 3, config: { mode: 'preview' } });
    await h.session.start();
    expect(h.snap()).toMatchObject({ state: 'preview', offer: { lead: { id: 1 } } });
    await h.session.dialLead(2);
    expect(h.ports.callsOf('releaseLead')).toEqual([[1]]);
    expect(h.ports.locked).toEqual(new Set([2]));
    expect(h.snap()).toMatchObject({ state: 'dialing', offer: { lead: { id: 2 } } });
  });

  it('from preview of the same lead dials it without taking it again', async () => {
    const h = createHarness({ leads: 2, config: { mode: 'preview' } });
    await h.session.start();
    await h.session.dialLead(1);
    expect(h.ports.callsOf('takeLead')).toEqual([]);
    expect(h.snap()).toMatchObject({ state: 'dialing', offer: { lead: { id: 1 } } });
  });

  it('ends a pause, unless the pause holds a call that still needs its outcome', async () => {
    const h = createHarness({ leads: 3 });
    await h.session.pause('break');
    await h.session.dialLead(2);
    expect(h.snap()).toMatchObject({ state: 'dialing', pause: null, offer: { lead: { id: 2 } } });

    await h.ringAndAnswer();
    await h.session.hangup();
    await h.advance(10_000); // the wrap-up runs out with no outcome: paused, the call unfinished
    expect(h.snap()).toMatchObject({ state: 'paused', call: { attemptId: 'attempt-1' } });
    await expect(h.session.dialLead(3)).rejects.toThrow('The last call still needs its outcome');
    expect(h.provider.dials).toHaveLength(1);
  });

  it('a lead the dial-time check refuses is set aside, nothing is dialed, and the rep is told', async () => {
    const h = createHarness({ leads: 3 });
    h.ports.refusals.set(2, 'It is 22:00 in America/New_York.');
    await h.session.dialLead(2);
    expect(h.provider.dials).toHaveLength(0);
    expect(h.ports.callsOf('skipLead')).toEqual([
      [2, { by: 'dial-check', reason: 'It is 22:00 in America/New_York.' }],
    ]);
    expect(h.snap()).toMatchObject({
      state: 'idle',
      idleReason: 'stopped',
      notice: expect.stringContaining('It is 22:00 in America/New_York.'),
    });
  });

  it('a lead that cannot be taken leaves the session as it was, with the reason', async () => {
    const h = createHarness({ leads: 2, config: { mode: 'preview' } });
    await h.session.start();
    await expect(h.session.dialLead(9)).rejects.toThrow('Could not dial that lead');
    expect(h.snap()).toMatchObject({
      state: 'preview',
      offer: { lead: { id: 1 } },
      lastError: expect.stringContaining('Lead 9 is not in the queue.'),
    });
    expect(h.ports.locked).toEqual(new Set([1]));
  });

  it('is refused during a call', async () => {
    const h = createHarness({ leads: 2 });
    await h.session.start();
    await expect(h.session.dialLead(2)).rejects.toThrow(/dial this lead/);
    expect(h.snap()).toMatchObject({ state: 'dialing', offer: { lead: { id: 1 } } });
  });
});
