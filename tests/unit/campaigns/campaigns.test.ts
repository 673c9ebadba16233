import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CAMPAIGN_RULES } from '../../../shared/domain/campaign-rules';
import { dueRetry, leadRow, MINUTE, seedLead, START } from '../../support/store-fixture';
import { openLeadListFixture, type LeadListFixture } from '../../support/lead-list-fixture';

describe('campaigns', () => {
  let f: LeadListFixture;
  beforeEach(async () => (f = await openLeadListFixture()));
  afterEach(() => f.close());

  it('creates campaigns with readable, unique ids and lists them with lead counts', async () => {
    const spring = await f.campaignList.create('  Solar — Spring 2026 ');
    expect(spring).toEqual({
      id: 'solar-spring-2026',
      name: 'Solar — Spring 2026',
      createdAt: START,
      rules: DEFAULT_CAMPAIGN_RULES,
      rulesProblem: null,
      scriptMarkdown: '',
      leads: { total: 0, queued: 0, held: 0 },
      team: null,
    });
    expect((await f.campaignList.create('Solar: spring 2026!')).id).toBe('solar-spring-2026-2');
    expect((await f.campaignList.create('???')).id).toBe('campaign');

    await seedLead(f.store);
    await seedLead(f.store, { status: 'held', holdReason: 'zone', timeZone: null });
    await seedLead(f.store, { status: 'done' });
    const c1 = (await f.campaignList.list()).find((c) => c.id === 'c1');
    expect(c1?.leads).toEqual({ total: 3, queued: 1, held: 1 });
    expect(f.told.campaignLists).toHaveLength(3);
  });

  it('checks rules with the queue schema and names every problem', async () => {
    await expect(
      f.campaignList.update('c1', {
        rules: {
          callingWindow: { start: '07:30', end: '22:00' },
          cadence: { maxAttempts: 0 },
        },
      }),
    ).rejects.toMatchObject({
      code: 'invalid-argument',
      message:
        'Campaign rules are invalid: callingWindow.start: 07:30 is earlier than 08:00: campaigns may only narrow the 08:00–21:00 window; ' +
        'callingWindow.end: 22:00 is later than 21:00: campaigns may only narrow the 08:00–21:00 window; ' +
        'cadence.maxAttempts: must be at least 1',
    });
    await expect(f.campaignList.update('nope', { name: 'x' })).rejects.toMatchObject({
      code: 'not-found',
    });
    const updated = await f.campaignList.update('c1', {
      name: 'Inbound',
      rules: { callingWindow: { start: '10:00', end: '17:00', weekdays: ['fri', 'mon'] } },
      scriptMarkdown: '# Hi {{firstName}}',
    });
    expect(updated).toMatchObject({
      name: 'Inbound',
      scriptMarkdown: '# Hi {{firstName}}',
      rules: {
        ...DEFAULT_CAMPAIGN_RULES,
        callingWindow: { start: '10:00', end: '17:00', weekdays: ['mon', 'fri'] },
      },
    });
  });

  it('narrowing the window takes effect at the next look-up', async () => {
    // 09:00 in New York: inside 08:00–21:00, outside 10:00–17:00.
    const id = await seedLead(f.store, { createdAt: START - MINUTE });
    await f.campaignList.update('c1', { rules: { callingWindow: { start: '10:00' } } });
    expect(await f.ports.nextLead()).toBeNull();
    f.clock.advance(60 * MINUTE);
    expect((await f.ports.nextLead())?.lead.id).toBe(id);
  });

  it('requeues leads when max attempts changes: exhausted leave, restored come back', async () => {
    const third = await seedLead(f.store, dueRetry(3));
    const first = await seedLead(f.store, dueRetry());
    await f.campaignList.update('c1', { rules: { cadence: { maxAttempts: 3 } } });
    expect((await leadRow(f.store, third)).queue_tier).toBeNull();
    expect((await leadRow(f.store, first)).queue_tier).toBe(3);
    expect((await f.ports.nextLead())?.lead.id).toBe(first);
    expect(await f.ports.nextLead()).toBeNull();

    await f.campaignList.update('c1', { rules: { cadence: { maxAttempts: 6 } } });
    expect(await leadRow(f.store, third)).toMatchObject({
      queue_tier: 5,
      queue_due_at: START - MINUTE,
    });
    expect((await f.ports.nextLead())?.reason).toBe('retry 4 of 6');
  });
});
