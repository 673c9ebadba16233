import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from '../../../../electron/core/platform/store';
import { CampaignRepository } from '../../../../electron/core/campaigns/campaign-repository';
import { dueRetry, leadRow, MINUTE, seedLead, START } from '../../../support/store-fixture';
import { openLeadListFixture, type LeadListFixture } from '../../../support/lead-list-fixture';

describe('queue.summary', () => {
  let f: LeadListFixture;
  beforeEach(async () => (f = await openLeadListFixture()));
  afterEach(() => f.close());

  it('shows what the session dials next, in its order, with the policy’s reasons', async () => {
    await f.store.write(
      CampaignRepository.ensureStatement({ id: 'c2', name: 'Two', createdAt: 0 }),
    );
    const fresh = await seedLead(f.store, { createdAt: START - 12 * MINUTE });
    const retry = await seedLead(f.store, dueRetry());
    const callback = await seedLead(f.store, {
      campaignId: 'c2',
      status: 'callback',
      callbackAt: START + MINUTE,
    });
    const atRisk = await seedLead(f.store, { campaignId: 'c2', createdAt: START - 45 * MINUTE });
    const late = await seedLead(f.store, { createdAt: START - 3 * 60 * MINUTE });
    await seedLead(f.store, { timeZone: 'America/Los_Angeles' }); // 06:00 there
    await seedLead(f.store, { status: 'held', timeZone: null, holdReason: 'zone' });
    const listed = await seedLead(f.store, { createdAt: START - MINUTE });
    await f.store.write(
      sql`INSERT INTO dnc (phone_e164, added_at, source)
          VALUES (${(await leadRow(f.store, listed)).phone_e164 as string}, 0, 'manual')`,
    );

    const summary = await f.summary();
    expect([summary.next, ...summary.upcoming].map((e) => [e?.lead.id, e?.reason])).toEqual([
      [callback, 'due callback (09:01)'],
      [atRisk, 'new lead — 45 min old (SLA ends in 15 min)'],
      [fresh, 'new lead — 12 min old'],
      [late, 'new lead — 3 h old (past the 1 h SLA)'],
      [retry, 'retry 2 of 6'],
    ]);
    // Queued: every lead with a place in the queue (the closed window's too), not the listed one.
    expect(summary.count).toBe(6);
    expect(summary.held).toBe(1);
    expect(summary.nextWindow).toBeNull();

    // The session, asked again and again, dials exactly that order.
    const dialed: number[] = [];
    for (let offer = await f.ports.nextLead(); offer; offer = await f.ports.nextLead()) {
      dialed.push(offer.lead.id);
    }
    expect(dialed).toEqual([callback, atRisk, fresh, late, retry]);
  });

  it('passes over the lead on screen, as the session does', async () => {
    const a = await seedLead(f.store, { createdAt: START - 2 * MINUTE });
    const b = await seedLead(f.store, { createdAt: START - 4 * MINUTE });
    expect((await f.ports.nextLead())?.lead.id).toBe(a);
    const summary = await f.summary();
    expect(summary.next?.lead.id).toBe(b);
    expect(summary.upcoming).toEqual([]);
  });

  it('says when the first closed calling window opens when nothing may be dialed now', async () => {
    await seedLead(f.store, { timeZone: 'America/Los_Angeles' }); // 06:00 there
    await seedLead(f.store, { timeZone: 'America/Denver' }); // 07:00 there
    const summary = await f.summary();
    expect(summary).toMatchObject({ count: 2, next: null, upcoming: [] });
    expect(summary.nextWindow).toEqual({
      opensAt: START + 60 * MINUTE, // 08:00 in Denver
      timeZone: 'America/Denver',
      rule: null,
    });
  });

  it('waits on no window when the zones are open and their leads wait for their time', async () => {
    await seedLead(f.store, { status: 'callback', callbackAt: START + 30 * MINUTE });
    const summary = await f.summary();
    expect(summary).toMatchObject({ count: 1, next: null, nextWindow: null });
  });
});
