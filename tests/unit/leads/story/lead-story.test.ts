import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_LEAD_SEARCH } from '../../../../shared/domain/lead-search';
import { LeadEdits } from '../../../../electron/core/leads/edit/lead-edits';
import { LeadSearch } from '../../../../electron/core/leads/search/lead-search';
import { LeadSearchIndexer } from '../../../../electron/core/leads/search/lead-search-indexer';
import { LeadStories } from '../../../../electron/core/leads/story/lead-stories';
import { attemptFor, leadRow, MINUTE, seedLead, START } from '../../../support/store-fixture';
import { openLeadListFixture, type LeadListFixture } from '../../../support/lead-list-fixture';
import { AttemptRepository } from '../../../../electron/core/dialing';

describe("a lead's page and what a person does from it", () => {
  let f: LeadListFixture;
  let stories: LeadStories;
  let edits: LeadEdits;
  let changed = 0;

  beforeEach(async () => {
    f = await openLeadListFixture();
    changed = 0;
    const isTaken = (leadId: number) => f.locks.isLocked(leadId);
    stories = new LeadStories({
      store: f.store,
      clock: f.clock,
      campaigns: f.campaigns,
      isTaken,
      repTimeZone: () => 'America/New_York',
    });
    edits = new LeadEdits({
      store: f.store,
      clock: f.clock,
      campaigns: f.campaigns,
      dnc: f.dnc,
      rep: () => f.rep,
      isTaken,
      onChanged: () => changed++,
    });
  });
  afterEach(() => f.close());

  const story = (id: number) => stories.story(id);

  it('says which calling rule holds a lead and when it opens, and which rules apply', async () => {
    const florida = await seedLead(f.store, { phoneE164: '+13055550142', region: 'Florida' });
    const tollFree = await seedLead(f.store, { phoneE164: '+18005550142' });
    f.clock.advance(11 * 60 * MINUTE + 30 * MINUTE); // Friday 20:30 in Miami
    const page = await story(florida);
    expect(page.queue).toEqual({
      callable: false,
      ahead: null,
      text: 'Florida: 8 AM–8 PM, 3 calls a day; next at 8:00 AM tomorrow their time.',
    });
    expect(page.callingRules).toEqual([
      'United States: 8 AM–9 PM',
      'Florida: 8 AM–8 PM, 3 calls a day',
    ]);
    const unknown = await story(tollFree);
    expect(unknown.queue.text).toBe(
      'Its calling rules are unknown: neither the address nor the area code names a state, and US has calling rules by state.',
    );
    expect(unknown.callingRules).toEqual([
      'Unknown: neither the address nor the area code names a state, and US has calling rules by state.',
    ]);
  });

  it('tells where a lead stands in the queue, and why not when it is not callable', async () => {
    const older = await seedLead(f.store, { createdAt: START - 20 * MINUTE });
    const fresh = await seedLead(f.store, { createdAt: START - 2 * MINUTE });
    expect((await story(fresh)).queue).toEqual({
      callable: true,
      ahead: 0,
      text: 'Next in the queue.',
    });
    expect((await story(older)).queue).toEqual({
      callable: true,
      ahead: 1,
      text: 'Next after 1 other.',
    });
    const retry = await seedLead(f.store, {
      status: 'retry',
      attemptCount: 1,
      nextEligibleAt: START + 70 * MINUTE,
    });
    expect((await story(retry)).queue.text).toBe('Cadence: next try at 10:10.');
    const tokyo = await seedLead(f.store, { timeZone: 'Asia/Tokyo', country: 'JP' });
    expect((await story(tokyo)).queue.text).toBe(
      'Outside calling hours until 8:00 AM their time (Asia/Tokyo).',
    );
    const held = await seedLead(f.store, {
      status: 'held',
      timeZone: null,
      holdReason: 'time zone ambiguous: US has several time zones',
    });
    expect((await story(held)).queue.text).toBe(
      'Held: time zone ambiguous: US has several time zones.',
    );
    await f.dnc.add('+12125559999', 'asked on the phone');
    const listed = await seedLead(f.store, { phoneE164: '+12125559999' });
    const page = await story(listed);
    expect(page.queue.text).toBe('On the do-not-call list since 09:00 (asked on the phone).');
    expect(page.dnc).toMatchObject({ phoneE164: '+12125559999', addedBy: 'rep-1' });
  });

  it('shows every attempt with its outcome, talk time and note', async () => {
    const id = await seedLead(f.store);
    await f.store.write(
      AttemptRepository.saveWithOutcomeStatement(
        attemptFor(id, { id: 'a1', outcomeCode: 'no-answer', startedAt: START - 5 * MINUTE }),
      ),
    );
    await f.store.write(
      AttemptRepository.saveWithOutcomeStatement(
        attemptFor(id, { id: 'a2', outcomeCode: 'callback', talkSeconds: 42, note: 'call Friday' }),
      ),
    );
    const page = await story(id);
    expect(page.attempts.map((a) => [a.id, a.outcomeCode, a.talkSeconds, a.note])).toEqual([
      ['a2', 'callback', 42, 'call Friday'],
      ['a1', 'no-answer', 0, null],
    ]);
    expect(page.campaignName).toBe('Test');
  });

  it('an edited phone is normalized, kept in the history and found by search at once', async () => {
    const id = await seedLead(f.store, { phoneE164: '+12125550100', firstName: 'Grace' });
    await new LeadSearchIndexer(f.store).catchUp();
    await edits.edit(id, { phone: '(303) 555-0176', email: ' Grace@Kim.COM ' });
    const page = await story(id);
    expect(page.lead).toMatchObject({ phoneE164: '+13035550176', email: 'grace@kim.com' });
    // Area code 303 is Denver: the zone follows the number.
    expect(page.lead.timeZone).toBe('America/Denver');
    expect(page.changes).toEqual([
      {
        at: START,
        by: 'rep-1',
        action: 'edited',
        fields: {
          email: [null, 'grace@kim.com'],
          phoneE164: ['+12125550100', '+13035550176'],
          timeZone: ['America/New_York', 'America/Denver'],
        },
        reason: null,
      },
    ]);
    expect(changed).toBe(1);
    const found = await new LeadSearch(f.store).search({ ...EMPTY_LEAD_SEARCH, text: '555-0176' });
    expect(found.rows.map((row) => row.id)).toEqual([id]);
  });

  it('an edited source is trimmed, kept in the history, found by the source filter; blank clears it', async () => {
    const id = await seedLead(f.store, { source: 'Web form' });
    await new LeadSearchIndexer(f.store).catchUp();
    await edits.edit(id, { source: '  Trade show ' });
    const page = await story(id);
    expect(page.lead.source).toBe('Trade show');
    expect(page.changes.map((change) => change.fields)).toEqual([
      { source: ['Web form', 'Trade show'] },
    ]);
    const bySource = (source: string) =>
      new LeadSearch(f.store).search({ ...EMPTY_LEAD_SEARCH, source });
    expect((await bySource('trade show')).rows.map((row) => row.id)).toEqual([id]);
    expect((await bySource('web form')).rows).toEqual([]);
    await edits.edit(id, { source: ' ' });
    expect((await story(id)).lead.source).toBeNull();
  });

  it('refuses an edit that makes the phone or email invalid, and changes nothing', async () => {
    const id = await seedLead(f.store, { phoneE164: '+12125550100' });
    const before = await leadRow(f.store, id);
    await expect(edits.edit(id, { phone: '555-01', firstName: 'Changed' })).rejects.toMatchObject({
      code: 'invalid-argument',
      message: expect.stringMatching(
        /^The phone "555-01" is not a number that can be dialed: .*Nothing was changed\.$/,
      ),
    });
    await expect(edits.edit(id, { email: 'not-an-email' })).rejects.toMatchObject({
      message: '"not-an-email" is not an email address. Nothing was changed.',
    });
    expect(await leadRow(f.store, id)).toEqual(before);
    expect((await story(id)).changes).toEqual([]);
  });

  it('releases a held lead once an edit settles its zone', async () => {
    const id = await seedLead(f.store, {
      status: 'held',
      timeZone: null,
      phoneE164: '+18005550100',
      holdReason: 'time zone ambiguous',
    });
    await edits.edit(id, { postalCode: '60601', country: 'US' });
    const page = await story(id);
    expect(page.lead).toMatchObject({
      status: 'new',
      timeZone: 'America/Chicago',
      holdReason: null,
    });
    expect(page.queue.callable).toBe(true);
  });

  it('closes with a reason, reopens, schedules a callback and lists the number as DNC', async () => {
    const id = await seedLead(f.store);
    await edits.close(id, 'bought elsewhere');
    let page = await story(id);
    expect(page.lead).toMatchObject({ status: 'done', lastNote: 'closed: bought elsewhere' });
    expect(page.queue.callable).toBe(false);
    await edits.reopen(id, 'asked us back');
    expect((await story(id)).lead.status).toBe('new');
    const at = START + 60 * MINUTE;
    await edits.scheduleCallback(id, at);
    page = await story(id);
    expect(page.lead).toMatchObject({ status: 'callback', callbackAt: at });
    expect(page.callbackChanges).toMatchObject([
      { action: 'scheduled', dueAfter: at, by: 'rep-1' },
    ]);
    await edits.addToDnc(id, 'asked not to be called');
    page = await story(id);
    expect(page.queue.text).toBe('On the do-not-call list since 09:00 (asked not to be called).');
    expect(page.changes.map((change) => [change.action, change.reason])).toEqual([
      ['dnc', 'asked not to be called'],
      ['callback', null],
      ['reopened', 'asked us back'],
      ['closed', 'bought elsewhere'],
    ]);
    await expect(edits.scheduleCallback(id, at)).rejects.toMatchObject({ code: 'conflict' });
  });

  it('an edited phone on the do-not-call list is saved, and the page says it will not be dialed', async () => {
    await f.dnc.add('+13035550176', 'asked on the phone');
    const id = await seedLead(f.store, { phoneE164: '+12125550100' });
    await edits.edit(id, { phone: '303-555-0176' });
    const page = await story(id);
    expect(page.lead.phoneE164).toBe('+13035550176');
    expect(page.dnc).toMatchObject({ phoneE164: '+13035550176', reason: 'asked on the phone' });
    expect(page.queue).toEqual({
      callable: false,
      ahead: null,
      text: 'On the do-not-call list since 09:00 (asked on the phone).',
    });
  });

  it('closing a lead with a callback cancels the callback in its record too', async () => {
    const id = await seedLead(f.store, { status: 'callback', callbackAt: START + 60 * MINUTE });
    await edits.close(id, 'bought elsewhere');
    const page = await story(id);
    expect(page.lead).toMatchObject({ status: 'done', callbackAt: null });
    expect(page.callbackChanges).toMatchObject([
      { action: 'canceled', dueBefore: START + 60 * MINUTE, reason: 'closed: bought elsewhere' },
    ]);
  });

  it('leaves a lead the dialer holds alone', async () => {
    const id = await seedLead(f.store);
    f.locks.lock(id);
    await expect(edits.close(id, 'x')).rejects.toMatchObject({
      code: 'conflict',
      message: 'This lead is in the dialer right now; change it once its call is recorded.',
    });
    expect((await story(id)).queue.text).toBe('In the dialer now.');
  });
});
