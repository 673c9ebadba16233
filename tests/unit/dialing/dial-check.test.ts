import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from '../../../electron/core/platform/store';
import {
  MINUTE,
  leadRow,
  openPortsFixture,
  seedLead,
  type PortsFixture,
} from '../../support/store-fixture';

describe('StoreSessionPorts.isDialable: the dial-time check reads the lead afresh', () => {
  let f: PortsFixture;
  beforeEach(async () => (f = await openPortsFixture()));
  afterEach(() => f.close());

  async function offer() {
    await seedLead(f.store);
    const offered = await f.ports.nextLead();
    if (!offered) throw new Error('nothing offered');
    return offered.lead;
  }

  it('passes a lead that is still callable', async () => {
    expect(await f.ports.isDialable(await offer(), false)).toEqual({ ok: true });
  });

  it('refuses a number put on the DNC list after the lead was offered', async () => {
    const lead = await offer();
    await f.store.write(
      sql`INSERT INTO dnc (phone_e164, added_at, source) VALUES (${lead.phoneE164}, 0, 'manual')`,
    );
    expect(await f.ports.isDialable(lead, false)).toEqual({
      ok: false,
      reason: `${lead.phoneE164} is on the do-not-call list.`,
    });
  });

  it('refuses a lead whose calling window closed since it was offered', async () => {
    const lead = await offer();
    f.clock.advance(12 * 60 * MINUTE); // 21:00 in New York
    expect(await f.ports.isDialable(lead, false)).toEqual({
      ok: false,
      reason:
        'It is 21:00 in America/New_York, outside the calling window 08:00–21:00 ' +
        '(mon, tue, wed, thu, fri, sat, sun).',
    });
  });

  it('refuses a lead finished meanwhile, even though the offered copy says new', async () => {
    const lead = await offer();
    await f.store.write(sql`UPDATE leads SET status = 'done' WHERE id = ${lead.id}`);
    expect(await f.ports.isDialable(lead, false)).toEqual({
      ok: false,
      reason: 'The lead is finished.',
    });
  });

  it('holds a lead refused for its window until the window opens again', async () => {
    const lead = await offer();
    f.clock.advance(12 * 60 * MINUTE);
    await f.ports.skipLead(lead.id, { by: 'dial-check', reason: 'outside the window' });
    const row = await leadRow(f.store, lead.id);
    expect(new Date(row.next_eligible_at as number).toISOString()).toBe('2026-11-28T13:00:00.000Z');
    expect(f.locks.isLocked(lead.id)).toBe(false);
  });

  it('refuses a number another person’s lead was dialed on within the cadence spacing, and holds it till then', async () => {
    const household = '+12125559000';
    const first = await seedLead(f.store, { phoneE164: household, firstName: 'Maria' });
    const second = await seedLead(f.store, { phoneE164: household, firstName: 'Luis' });
    const now = f.clock.now();
    await f.store.write(sql`UPDATE leads SET last_attempt_at = ${now} WHERE id = ${first}`);
    const offered = await f.ports.takeLead(second);
    f.clock.advance(4 * MINUTE);
    const verdict = await f.ports.isDialable(offered.lead, false);
    // The default cadence waits 10 minutes after a first dial.
    expect(verdict).toEqual({
      ok: false,
      reason:
        'its number was just dialed for another lead who shares it; it waits 6 min for the cadence spacing.',
      until: now + 10 * MINUTE,
    });
    if (verdict.ok) return;
    await f.ports.skipLead(second, {
      by: 'dial-check',
      reason: verdict.reason,
      until: verdict.until!,
    });
    expect((await leadRow(f.store, second)).next_eligible_at).toBe(now + 10 * MINUTE);
    f.clock.advance(6 * MINUTE);
    expect(await f.ports.isDialable(offered.lead, false)).toEqual({ ok: true });
  });
});
