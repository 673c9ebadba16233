import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from '../../../../electron/core/platform/store';
import {
  NO_CALLING_RULES,
  RuleBook,
  shippedCallingRules,
} from '../../../../electron/core/queue/calling-rules';
import { DEFAULT_CAMPAIGN_RULES } from '../../../../electron/core/queue/campaign-rules';
import { openPartitions, openReads } from '../../../../electron/core/queue/store/next-lead';
import {
  MINUTE,
  START,
  count,
  dueRetry,
  leadRow,
  openPortsFixture,
  seedLead,
  type PortsFixture,
} from '../../../support/store-fixture';

describe('StoreSessionPorts.nextLead', () => {
  let f: PortsFixture;
  beforeEach(async () => (f = await openPortsFixture()));
  afterEach(() => f.close());

  async function offeredIds(): Promise<number[]> {
    const ids: number[] = [];
    for (let offer = await f.ports.nextLead(); offer; offer = await f.ports.nextLead()) {
      ids.push(offer.lead.id);
    }
    return ids;
  }

  it('offers callable leads in policy order, each locked so it is offered once', async () => {
    const fresh10 = await seedLead(f.store, { createdAt: START - 10 * MINUTE });
    const fresh5 = await seedLead(f.store, { createdAt: START - 5 * MINUTE });
    const atRisk = await seedLead(f.store, { createdAt: START - 50 * MINUTE });
    const pastSla = await seedLead(f.store, { createdAt: START - 3 * 60 * MINUTE });
    const retry = await seedLead(f.store, dueRetry());
    const callback = await seedLead(f.store, {
      status: 'callback',
      callbackAt: START + MINUTE,
      timeZone: 'America/Chicago',
    });
    await seedLead(f.store, { timeZone: 'America/Los_Angeles' }); // 06:00 there: window closed
    await seedLead(f.store, { status: 'held', holdReason: 'ambiguous zone' });
    await seedLead(f.store, { status: 'retry', attemptCount: 1, nextEligibleAt: START + MINUTE });
    const listed = await seedLead(f.store, { createdAt: START - MINUTE });
    const listedPhone = (await leadRow(f.store, listed)).phone_e164 as string;
    await f.store.write(
      sql`INSERT INTO dnc (phone_e164, added_at, source) VALUES (${listedPhone}, 0, 'manual')`,
    );

    const first = await f.ports.nextLead();
    expect(first?.lead.id).toBe(callback);
    expect(first?.reason).toBe('due callback (08:01)');
    expect(f.locks.isLocked(callback)).toBe(true);

    expect(await offeredIds()).toEqual([atRisk, fresh5, fresh10, pastSla, retry]);
  });

  it('offers a released lead again, and a skipped one only after the skip delay', async () => {
    const a = await seedLead(f.store, { createdAt: START - 2 * MINUTE });
    const b = await seedLead(f.store, { createdAt: START - 4 * MINUTE });
    expect((await f.ports.nextLead())?.lead.id).toBe(a);
    await f.ports.releaseLead(a);
    expect((await f.ports.nextLead())?.lead.id).toBe(a);

    await f.ports.skipLead(a, { by: 'rep', reason: 'Wants email only' });
    expect(f.locks.isLocked(a)).toBe(false);
    expect(await count(f.store, 'lead_skips')).toBe(1);
    expect((await leadRow(f.store, a)).next_eligible_at).toBe(START + 30 * MINUTE);
    expect((await f.ports.nextLead())?.lead.id).toBe(b);
    expect(await f.ports.nextLead()).toBeNull();

    await f.ports.releaseLead(b);
    f.clock.advance(30 * MINUTE);
    expect((await f.ports.nextLead())?.lead.id).toBe(a);
  });

  it('pages past many held-back leads to the first callable one', async () => {
    const callable = await seedLead(f.store, { createdAt: START - 30 * MINUTE });
    for (let i = 0; i < 45; i++) {
      await seedLead(f.store, { createdAt: START - i * 1000, nextEligibleAt: START + MINUTE });
    }
    expect((await f.ports.nextLead())?.lead.id).toBe(callable);
  });

  it('finds nothing when every zone is outside its window', async () => {
    await seedLead(f.store, { timeZone: 'America/Los_Angeles' });
    await seedLead(f.store, { timeZone: null });
    expect(await f.ports.nextLead()).toBeNull();
  });

  it('never hands the same lead to two look-ups running at once', async () => {
    const a = await seedLead(f.store, { createdAt: START - MINUTE });
    const b = await seedLead(f.store, { createdAt: START - 2 * MINUTE });
    const offers = await Promise.all([f.ports.nextLead(), f.ports.nextLead(), f.ports.nextLead()]);
    expect(offers.map((offer) => offer?.lead.id ?? null)).toEqual([a, b, null]);
  });

  it('sees leads in a new zone once the campaigns are read again', async () => {
    await seedLead(f.store, { timeZone: 'America/Los_Angeles' });
    expect(await f.ports.nextLead()).toBeNull();
    const london = await seedLead(f.store, { timeZone: 'Europe/London' });
    expect(await f.ports.nextLead()).toBeNull(); // zones are cached
    f.campaigns.invalidate();
    expect((await f.ports.nextLead())?.lead.id).toBe(london);
  });

  it('leaves out a campaign whose stored rules do not parse', async () => {
    await seedLead(f.store);
    await f.store.write(sql`UPDATE campaigns SET rules_json = '{"cadence":{"maxAttempts":0}}'`);
    f.campaigns.invalidate();
    expect(await f.ports.nextLead()).toBeNull();
  });

  /** Friday 27 Nov 2026, 20:30 in New York and Miami, 19:30 in Chicago: Florida is shut. */
  const MIAMI_EVENING = Date.UTC(2026, 10, 28, 1, 30);

  it('reads a zone whole while its rules agree, partition by partition once they split', () => {
    const book = new RuleBook(shippedCallingRules());
    const part = (timeZone: string, regions: string) => ({
      timeZone,
      regions,
      calling: book.forRegions(regions),
    });
    const campaign = {
      id: 'c1',
      rules: DEFAULT_CAMPAIGN_RULES,
      partitions: [
        part('America/Chicago', 'US'),
        part('America/Chicago', 'US OK'),
        part('America/New_York', 'US'),
        part('America/New_York', 'US FL'),
        { timeZone: 'Europe/London', regions: 'GB', calling: NO_CALLING_RULES },
      ],
    };
    const reads = (at: number) => openReads(campaign, openPartitions(campaign, at));
    expect(reads(START)).toEqual([
      { timeZone: 'America/Chicago', regions: null },
      { timeZone: 'America/New_York', regions: null },
      { timeZone: 'Europe/London', regions: null },
    ]);
    // 19:30 in Chicago: Oklahoma is still open there, so that zone is still read whole.
    expect(reads(MIAMI_EVENING)).toEqual([
      { timeZone: 'America/Chicago', regions: null },
      { timeZone: 'America/New_York', regions: 'US' },
    ]);
    // 20:00 in Chicago (21:00 in New York: shut under the federal rule).
    expect(reads(MIAMI_EVENING + 30 * MINUTE)).toEqual([
      { timeZone: 'America/Chicago', regions: 'US' },
    ]);
  });

  it('never offers a lead whose rules shut it, even from a zone read whole before its partition was known', async () => {
    f.clock.advance(MIAMI_EVENING - START);
    const createdAt = MIAMI_EVENING - 20 * MINUTE;
    const newYork = await seedLead(f.store, { region: 'NY', createdAt });
    expect((await f.ports.nextLead())?.lead.id).toBe(newYork);
    await f.ports.releaseLead(newYork);
    // Fresher, so first in its zone's order; its partition (US FL) is not in the cached list.
    await seedLead(f.store, {
      phoneE164: '+13055550100',
      region: 'FL',
      createdAt: createdAt + MINUTE,
    });
    expect((await f.ports.nextLead())?.lead.id).toBe(newYork);
    await f.ports.releaseLead(newYork);
    f.campaigns.invalidate();
    expect((await f.ports.nextLead())?.lead.id).toBe(newYork);
  });
});
