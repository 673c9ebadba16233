import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { leadRow, MINUTE, seedLead, START } from '../../../support/store-fixture';
import { openLeadListFixture, type LeadListFixture } from '../../../support/lead-list-fixture';

describe('held leads', () => {
  let f: LeadListFixture;
  beforeEach(async () => (f = await openLeadListFixture()));
  afterEach(() => f.close());

  const held = (lastName: string) =>
    seedLead(f.store, {
      status: 'held',
      timeZone: null,
      lastName,
      holdReason: 'time zone ambiguous: US has several time zones',
      createdAt: START - 5 * MINUTE,
    });

  it('lists held leads with their reasons, a page at a time', async () => {
    const ids = [await held('A'), await held('B'), await held('C')];
    await seedLead(f.store);
    const page = await f.heldLeads.page(1, 5);
    expect(page.total).toBe(3);
    expect(page.leads.map((l) => [l.id, l.lastName, l.status, l.holdReason])).toEqual([
      [ids[1], 'B', 'held', 'time zone ambiguous: US has several time zones'],
      [ids[2], 'C', 'held', 'time zone ambiguous: US has several time zones'],
    ]);
    expect((await f.summary()).held).toBe(3);
  });

  it('a held lead is never offered; given its zone it joins the queue as a new lead', async () => {
    const id = await held('A');
    expect(await f.ports.nextLead()).toBeNull();
    const lead = await f.heldLeads.resolve(id, 'America/Chicago');
    expect(lead).toMatchObject({
      id,
      status: 'new',
      timeZone: 'America/Chicago',
      holdReason: null,
    });
    expect(await leadRow(f.store, id)).toMatchObject({
      queue_tier: 2,
      queue_due_at: START - 5 * MINUTE,
    });
    expect(await f.ports.nextLead()).toMatchObject({
      lead: { id },
      reason: 'new lead — 5 min old',
    });
    await expect(f.heldLeads.resolve(id, 'America/Chicago')).rejects.toMatchObject({
      code: 'conflict',
      message: `Lead #${id} is not held for review.`,
    });
  });

  it('closes a held lead with a reason, without a dial', async () => {
    const id = await held('A');
    expect(await f.heldLeads.close(id, 'duplicate of a customer')).toMatchObject({
      status: 'done',
      holdReason: null,
      lastNote: 'closed in review: duplicate of a customer',
    });
    expect((await f.heldLeads.page(0, 10)).total).toBe(0);
    await expect(f.heldLeads.close(999, 'x')).rejects.toMatchObject({ code: 'not-found' });
  });
});
