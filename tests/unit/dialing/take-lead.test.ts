import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from '../../../electron/core/platform/store';
import {
  MINUTE,
  START,
  openPortsFixture,
  seedLead,
  type PortsFixture,
} from '../../support/store-fixture';

describe("StoreSessionPorts.takeLead: the lead the rep picks instead of the queue's next", () => {
  let f: PortsFixture;
  beforeEach(async () => (f = await openPortsFixture()));
  afterEach(() => f.close());

  it('locks a callback that is not due yet, and says why it is on screen', async () => {
    await seedLead(f.store, { createdAt: START - MINUTE }); // the queue would offer this one
    const id = await seedLead(f.store, {
      firstName: 'Grace',
      lastName: 'Hopper',
      status: 'callback',
      callbackAt: START + 4 * MINUTE,
      attemptCount: 1,
    });
    const offer = await f.ports.takeLead(id);
    expect(offer.lead.id).toBe(id);
    expect(offer.reason).toBe('picked by the rep: due callback (09:04)');
    expect(f.locks.isLocked(id)).toBe(true);
    expect((await f.ports.nextLead())?.lead.id).not.toBe(id);
  });

  it('lets the rep dial a callback before it is due, never outside the window or on the DNC list', async () => {
    const id = await seedLead(f.store, {
      status: 'callback',
      callbackAt: START + 4 * MINUTE,
      attemptCount: 1,
    });
    const { lead } = await f.ports.takeLead(id);
    expect(await f.ports.isDialable(lead, false)).toEqual({
      ok: false,
      reason: 'The callback is due in 4 min.',
    });
    expect(await f.ports.isDialable(lead, true)).toEqual({ ok: true });

    await f.store.write(
      sql`INSERT INTO dnc (phone_e164, added_at, source) VALUES (${lead.phoneE164}, 0, 'manual')`,
    );
    expect(await f.ports.isDialable(lead, true)).toEqual({
      ok: false,
      reason: `${lead.phoneE164} is on the do-not-call list.`,
    });
    await f.store.write(sql`DELETE FROM dnc WHERE phone_e164 = ${lead.phoneE164}`);

    // 21:30 in New York, the callback set for tomorrow: not due, and the window is closed.
    f.clock.advance(12.5 * 60 * MINUTE);
    await f.store.write(
      sql`UPDATE leads SET callback_at = ${START + 24 * 60 * MINUTE} WHERE id = ${id}`,
    );
    expect(await f.ports.isDialable(lead, true)).toEqual({
      ok: false,
      reason:
        'It is 21:30 in America/New_York, outside the calling window 08:00–21:00 ' +
        '(mon, tue, wed, thu, fri, sat, sun).',
    });
  });

  it('refuses a lead that is missing, finished or already on the dialer, in words', async () => {
    await expect(f.ports.takeLead(999)).rejects.toThrow('Lead 999 no longer exists.');

    const done = await seedLead(f.store, { firstName: 'Alan', lastName: 'Turing' });
    await f.store.write(sql`UPDATE leads SET status = 'done' WHERE id = ${done}`);
    await expect(f.ports.takeLead(done)).rejects.toThrow(
      'Alan Turing is not in the queue any more.',
    );
    expect(f.locks.isLocked(done)).toBe(false);

    await seedLead(f.store);
    const offered = await f.ports.nextLead();
    await expect(f.ports.takeLead(offered!.lead.id)).rejects.toThrow('is already on the dialer.');
  });
});
