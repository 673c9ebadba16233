import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallingRule } from '../../../../shared/domain/calling-rules';
import { CallingRuleService, StoredRuleBook } from '../../../../electron/core/queue/calling-rules';
import { QueueCampaigns } from '../../../../electron/core/queue/store/queue-campaigns';
import { findNextLead } from '../../../../electron/core/queue/store';
import { createLogger } from '../../../../electron/core/platform/log/logger';
import { sql } from '../../../../electron/core/platform/store';
import {
  MINUTE,
  openPortsFixture,
  seedLead,
  type PortsFixture,
} from '../../../support/store-fixture';

const newYork = (end: string): CallingRule => ({
  id: 'US-NY',
  country: 'US',
  region: 'NY',
  name: 'New York',
  hours: {
    mon: ['09:00', end],
    tue: ['09:00', end],
    wed: ['09:00', end],
    thu: ['09:00', end],
    fri: ['09:00', end],
    sat: ['09:00', end],
    sun: null,
  },
  noCallDays: [],
  maxAttemptsPer24h: null,
  source: 'Test: a house rule',
  checked: '2026-12-07',
});

describe('Settings › Calling rules', () => {
  let f: PortsFixture;
  let service: CallingRuleService;
  let book: StoredRuleBook;
  let campaigns: QueueCampaigns;
  let mayEdit = true;
  beforeEach(async () => {
    f = await openPortsFixture();
    book = new StoredRuleBook(f.store);
    campaigns = new QueueCampaigns(
      f.store,
      createLogger(() => undefined),
      undefined,
      book,
    );
    service = new CallingRuleService({
      store: f.store,
      clock: f.clock,
      ruleBook: book,
      editor: () => ({ id: 'sup-1', mayEdit }),
      onChanged: () => campaigns.invalidate(),
    });
    mayEdit = true;
  });
  afterEach(() => f.close());

  it('lists the shipped rules with their sources', async () => {
    const views = await service.list();
    expect(views.map((view) => view.rule.id)).toEqual([
      'AU',
      'CA',
      'US',
      'US-AL',
      'US-FL',
      'US-LA',
      'US-MD',
      'US-OK',
    ]);
    const florida = views.find((view) => view.rule.id === 'US-FL');
    expect(florida?.origin).toBe('shipped');
    expect(florida?.rule.maxAttemptsPer24h).toBe(3);
    expect(florida?.rule.source).toMatch(/501\.059/);
  });

  it('adds a rule with its reason on record, keeps every version, and the queue obeys it', async () => {
    // Friday 27 Nov 2026 14:00 UTC is 09:00 in New York: the lead is offered under federal hours.
    await seedLead(f.store, { region: 'NY', timeZone: 'America/New_York' });
    f.clock.advance(11 * 60 * MINUTE + 30 * MINUTE); // 20:30 in New York
    const offered = await findNextLead(f.store, await campaigns.all(), () => false, f.clock.now());
    expect(offered?.entry.lead.region).toBe('NY');

    await service.save(newYork('21:00'), 'The state AG asked us to start at 9');
    const views = await service.save(newYork('20:00'), 'Our counsel: stop at 8 PM in New York');
    const added = views.find((view) => view.rule.id === 'US-NY');
    expect(added).toMatchObject({
      origin: 'added',
      lastChange: { reason: 'Our counsel: stop at 8 PM in New York', changedBy: 'sup-1' },
    });
    const history = await f.store.all<{ reason: string }>(
      sql`SELECT reason FROM calling_rule_changes WHERE rule_id = 'US-NY' ORDER BY id`,
    );
    expect(history.map((row) => row.reason)).toEqual([
      'The state AG asked us to start at 9',
      'Our counsel: stop at 8 PM in New York',
    ]);
    expect(await findNextLead(f.store, await campaigns.all(), () => false, f.clock.now())).toBe(
      null,
    );
  });

  it('refuses a rep, and a rule that does not pass the schema, in words', async () => {
    mayEdit = false;
    await expect(service.save(newYork('20:00'), 'because')).rejects.toThrow(
      /Only a supervisor can change calling rules/,
    );
    mayEdit = true;
    await expect(
      service.save(
        { ...newYork('20:00'), hours: { ...newYork('20:00').hours, mon: ['20:00', '08:00'] } },
        'oops',
      ),
    ).rejects.toThrow(
      'The calling rule is invalid: hours.mon: the hours must end after they start (20:00–08:00)',
    );
    await expect(service.save({ ...newYork('20:00'), id: 'NY' }, 'oops')).rejects.toThrow(
      'id: expected "US-NY" for country US and region NY',
    );
  });
});
