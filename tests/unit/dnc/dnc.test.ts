import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from '../../../electron/core/platform/store';
import { leadRow, MINUTE, seedLead, START } from '../../support/store-fixture';
import { openLeadListFixture, type LeadListFixture } from '../../support/lead-list-fixture';

describe('the do-not-call list', () => {
  let f: LeadListFixture;
  beforeEach(async () => (f = await openLeadListFixture()));
  afterEach(() => f.close());

  it('adds numbers as people type them, in E.164 with the rep country as default', async () => {
    expect(await f.dnc.add('(415) 555-0123', 'asked on the phone')).toEqual({
      phoneE164: '+14155550123',
      addedAt: START,
      reason: 'asked on the phone',
      source: 'manual',
      addedBy: 'rep-1',
    });
    f.rep.repCountry = 'GB';
    expect((await f.dnc.add('020 7946 0958', 'letter')).phoneE164).toBe('+442079460958');
    await expect(f.dnc.add('--', 'x')).rejects.toMatchObject({
      code: 'invalid-argument',
      message: '"--" is not a phone number: it has no digits.',
    });
    await expect(f.dnc.add('hello', 'x')).rejects.toThrow('"hello" is not a phone number: ');
    // Listed already: the first entry stays.
    f.clock.advance(MINUTE);
    expect(await f.dnc.add('+1 415 555 0123', 'again')).toMatchObject({
      addedAt: START,
      reason: 'asked on the phone',
    });
    expect(f.told.dncTotals).toEqual([1, 2, 2]);
  });

  it('lists newest first, a page at a time, searching digits or reason', async () => {
    for (let i = 0; i < 5; i++) {
      await f.dnc.add(`+1 312 555 010${i}`, i % 2 === 0 ? 'complaint' : 'lawyer letter');
      f.clock.advance(MINUTE);
    }
    const page = await f.dnc.list({ offset: 1, limit: 2 });
    expect(page.total).toBe(5);
    expect(page.entries.map((e) => e.phoneE164)).toEqual(['+13125550103', '+13125550102']);
    expect((await f.dnc.list({ search: '0104', offset: 0, limit: 10 })).entries).toHaveLength(1);
    const lawyers = await f.dnc.list({ search: 'lawyer', offset: 0, limit: 10 });
    expect(lawyers.total).toBe(2);
    expect(lawyers.entries.map((e) => e.phoneE164)).toEqual(['+13125550103', '+13125550101']);
    // A % in the search is a character, not a wildcard.
    expect((await f.dnc.list({ search: 'law%letter', offset: 0, limit: 10 })).total).toBe(0);
  });

  it('removes a number with a reason and keeps the removal in an audit log', async () => {
    await f.dnc.add('+1 312 555 0100', 'complaint');
    f.clock.advance(MINUTE);
    await f.dnc.remove('(312) 555-0100', 'customer asked to be called again');
    expect((await f.dnc.list({ offset: 0, limit: 10 })).total).toBe(0);
    expect(await f.store.all(sql`SELECT * FROM dnc_removals`)).toEqual([
      {
        id: 1,
        phone_e164: '+13125550100',
        removed_at: START + MINUTE,
        removed_by: 'rep-1',
        reason: 'customer asked to be called again',
        added_at: START,
        added_reason: 'complaint',
        source: 'manual',
      },
    ]);
    await expect(f.dnc.remove('+1 312 555 0100', 'twice')).rejects.toMatchObject({
      code: 'not-found',
      message: '+13125550100 is not on the do-not-call list.',
    });
  });

  it('loads a pasted list: header skipped, duplicates once, bad lines reported by line', async () => {
    await f.dnc.add('+1 312 555 0100', 'earlier');
    const result = await f.dnc.importText(
      'Phone,Name\n(312) 555-0100,Al\n312.555.0101,Bo\n+1 312 555 0101,Bo again\nnot a number,Cy\n\n3125550102\n',
      'state list',
    );
    expect(result).toEqual({
      added: 2,
      alreadyListed: 1,
      rejected: [
        {
          line: 5,
          value: 'not a number, Cy',
          reason: '"not a number" is not a phone number: not a phone number.',
        },
      ],
    });
    const entries = (await f.dnc.list({ offset: 0, limit: 10 })).entries;
    // Added at the same instant: the last added first.
    expect(entries.map((e) => [e.phoneE164, e.source, e.reason])).toEqual([
      ['+13125550102', 'import', 'state list'],
      ['+13125550101', 'import', 'state list'],
      ['+13125550100', 'manual', 'earlier'],
    ]);
  });

  it('is checked at dial time: a number listed after the lead was offered is not dialed', async () => {
    const id = await seedLead(f.store, { createdAt: START - MINUTE });
    const offer = await f.ports.nextLead();
    expect(offer?.lead.id).toBe(id);
    expect(await f.ports.isDialable(offer!.lead, false)).toEqual({ ok: true });
    await f.dnc.add((await leadRow(f.store, id)).phone_e164 as string, 'asked');
    expect(await f.ports.isDialable(offer!.lead, false)).toEqual({
      ok: false,
      reason: `${offer!.lead.phoneE164} is on the do-not-call list.`,
    });
    await f.ports.releaseLead(id);
    expect(await f.ports.nextLead()).toBeNull();
    expect((await f.summary()).count).toBe(0);
  });
});
