import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_LEAD_SEARCH, type LeadSearchQuery } from '../../../../shared/domain/lead-search';
import { LeadSearch } from '../../../../electron/core/leads/search/lead-search';
import { LeadSearchIndexer } from '../../../../electron/core/leads/search/lead-search-indexer';
import { sql } from '../../../../electron/core/platform/store/sql';
import {
  openPortsFixture,
  seedLead,
  START,
  type PortsFixture,
} from '../../../support/store-fixture';

describe('lead search', () => {
  let f: PortsFixture;
  let search: LeadSearch;
  let indexer: LeadSearchIndexer;
  const ids = { grace: 0, emile: 0, done: 0 };
  let indexed: number[] = [];

  beforeEach(async () => {
    f = await openPortsFixture();
    search = new LeadSearch(f.store);
    indexed = [];
    indexer = new LeadSearchIndexer(f.store, (leads) => indexed.push(leads));
    ids.grace = await seedLead(f.store, {
      firstName: 'Grace',
      lastName: 'Kim',
      company: 'Kim & Partners',
      phoneE164: '+13035550176',
      email: 'grace.kim@kimpartners.com',
      owner: 'alex',
      source: 'Web form',
      custom: { external_id: 'CRM-99120', note: 'met at a fair' },
    });
    ids.emile = await seedLead(f.store, {
      firstName: 'Émile',
      lastName: "O'Brien",
      company: 'Brien Roofing',
      phoneE164: '+442079460018',
      country: 'GB',
      timeZone: 'Europe/London',
      source: 'Referral',
      createdAt: START - 86_400_000,
    });
    ids.done = await seedLead(f.store, {
      firstName: 'Grant',
      lastName: 'Lee',
      phoneE164: '+12125550199',
      status: 'done',
    });
    expect(await indexer.pending()).toBe(3);
    await indexer.catchUp();
    expect(indexed).toEqual([3]);
  });
  afterEach(() => f.close());

  const find = async (text: string, more: Partial<LeadSearchQuery> = {}) =>
    (await search.search({ ...EMPTY_LEAD_SEARCH, text, ...more })).rows.map((row) => row.id);

  it('finds a lead by any part of its name, company, email, external id and source', async () => {
    expect(await find('gra')).toEqual([ids.done, ids.grace]);
    expect(await find('grace ki')).toEqual([ids.grace]);
    expect(await find('partners')).toEqual([ids.grace]);
    expect(await find('grace.kim@kimpartners')).toEqual([ids.grace]);
    expect(await find('kimpartners.com')).toEqual([ids.grace]);
    expect(await find('@kimpartners')).toEqual([ids.grace]);
    expect(await find('CRM-9912')).toEqual([ids.grace]);
    expect(await find('referral')).toEqual([ids.emile]);
    expect(await find('emile')).toEqual([ids.emile]);
    expect(await find("o'brien")).toEqual([ids.emile]);
    expect(await find('nobody')).toEqual([]);
  });

  it('finds a number however it is typed', async () => {
    for (const typed of [
      '0176',
      '555-0176',
      '(303) 555 0176',
      '303.555.0176',
      '+1303',
      '+1 303-555-0176',
      '1 303 555 0176',
    ]) {
      expect(await find(typed), typed).toEqual([ids.grace]);
    }
    expect(await find('020 7946 0018')).toEqual([ids.emile]);
    expect(await find('+44 20 7946')).toEqual([ids.emile]);
    expect(await find('99120')).toEqual([ids.grace]);
  });

  it('filters by status, campaign, owner, source and created range, and sorts by a column', async () => {
    expect(await find('', { statuses: ['done'] })).toEqual([ids.done]);
    expect(await find('', { statuses: ['new', 'retry'], sort: 'name', descending: false })).toEqual(
      [ids.grace, ids.emile],
    );
    expect(await find('', { owner: 'Alex' })).toEqual([ids.grace]);
    expect(await find('', { source: 'web form' })).toEqual([ids.grace]);
    expect(await find('', { source: 'Referral' })).toEqual([ids.emile]);
    // The filter reads the source alone: the same word in a custom field is no match.
    expect(await find('', { source: 'fair' })).toEqual([]);
    expect(await find('fair')).toEqual([ids.grace]);
    expect(await find('', { campaignId: 'nope' })).toEqual([]);
    expect(await find('', { createdTo: START - 3_600_000 })).toEqual([ids.emile]);
    // Equal created dates fall back to the order they came in.
    expect(await find('', { sort: 'created', descending: true, limit: 2, offset: 1 })).toEqual([
      ids.grace,
      ids.emile,
    ]);
    const page = await search.search({ ...EMPTY_LEAD_SEARCH, limit: 1 });
    expect(page.total).toBe(3);
  });

  it('takes quotes, stars, NEAR and minus as plain text, and refuses text with no letter or digit', async () => {
    for (const typed of ['"grace', 'grace*', "grace'", '-grace', '(grace', 'kim"partners']) {
      expect(await find(typed), typed).toEqual([ids.grace]);
    }
    // Words, not operators: nobody's name or company has a word starting "near" or "or".
    expect(await find('grace NEAR kim')).toEqual([]);
    expect(await find('grace OR zed')).toEqual([]);
    await expect(find('"*\'-()')).rejects.toMatchObject({
      code: 'invalid-argument',
      message: 'Search by letters or digits: a name, company, email, phone number or id.',
    });
  });

  it('keeps the index current when a lead is edited, and indexes new leads on catch-up', async () => {
    await f.store.write(sql`UPDATE leads SET phone_e164 = '+13035550999' WHERE id = ${ids.grace}`);
    expect(await find('0176')).toEqual([]);
    expect(await find('0999')).toEqual([ids.grace]);
    await f.store.write(sql`UPDATE leads SET source = 'Trade show' WHERE id = ${ids.grace}`);
    expect(await find('web')).toEqual([]);
    expect(await find('', { source: 'trade show' })).toEqual([ids.grace]);
    const late = await seedLead(f.store, { firstName: 'Zed', phoneE164: '+13125550111' });
    expect(await indexer.pending()).toBe(1);
    expect(await find('zed')).toEqual([]);
    expect((await search.search({ ...EMPTY_LEAD_SEARCH, text: 'zed' })).notYetSearchable).toBe(1);
    await indexer.catchUp();
    expect(await indexer.pending()).toBe(0);
    expect(indexed).toEqual([3, 1]);
    expect(await find('zed')).toEqual([late]);
    // Nothing new: no event.
    await indexer.catchUp();
    expect(indexed).toEqual([3, 1]);
  });

  it('property: any US format of a stored number finds it by its last 4+ digits', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 2000000, max: 9999999 }),
        fc.integer({ min: 4, max: 10 }),
        fc.constantFrom(' ', '-', '.', '', ') '),
        async (local, tail, separator) => {
          const e164 = `+1720${local}`;
          await f.store.write(sql`UPDATE leads SET phone_e164 = ${e164} WHERE id = ${ids.grace}`);
          const national = e164.slice(2);
          const typed = national.slice(-tail);
          const formatted =
            typed.length > 4 ? `${typed.slice(0, -4)}${separator}${typed.slice(-4)}` : typed;
          expect(await find(formatted)).toContain(ids.grace);
          expect(await find(`+1 ${national.slice(0, 3)}${separator}${national.slice(3)}`)).toEqual([
            ids.grace,
          ]);
        },
      ),
      { numRuns: 40 },
    );
  });
});
