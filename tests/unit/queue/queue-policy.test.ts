import { describe, expect, it } from 'vitest';
import { HOUR_MS, MINUTE_MS } from '../../../shared/clock';
import { DEFAULT_CAMPAIGN_RULES } from '../../../electron/core/queue/campaign-rules';
import type { CampaignRules } from '../../../electron/core/queue/campaign-rules';
import { rankQueue } from '../../../electron/core/queue/queue-policy';
import type { QueueEntry } from '../../../shared/domain/queue';
import { at, makeLead, nobodyOnDnc } from './fixtures';

const rules = DEFAULT_CAMPAIGN_RULES;
const zone = 'America/Chicago';
const now = at('2026-03-10T15:00', zone);
const minutesAgo = (minutes: number) => now - minutes * MINUTE_MS;

const summary = (ranked: ReturnType<typeof rankQueue>) =>
  ranked.map(({ lead, tier, reason }) => ({ id: lead.id, tier, reason }));

describe('rankQueue', () => {
  it('orders callbacks, then new leads by SLA urgency, then retries, and explains each', () => {
    const leads = [
      makeLead({ id: 1, status: 'retry', attemptCount: 1, nextEligibleAt: minutesAgo(5) }),
      makeLead({ id: 2, createdAt: minutesAgo(12) }),
      makeLead({ id: 3, createdAt: minutesAgo(125) }),
      makeLead({ id: 4, status: 'callback', attemptCount: 1, callbackAt: now }),
      makeLead({ id: 5, createdAt: minutesAgo(48) }),
      makeLead({ id: 6, createdAt: minutesAgo(3) }),
    ];
    expect(summary(rankQueue(leads, now, rules, nobodyOnDnc))).toEqual([
      { id: 4, tier: 'callback', reason: 'due callback (15:00)' },
      { id: 5, tier: 'new-at-risk', reason: 'new lead — 48 min old (SLA ends in 12 min)' },
      { id: 6, tier: 'new', reason: 'new lead — 3 min old' },
      { id: 2, tier: 'new', reason: 'new lead — 12 min old' },
      { id: 3, tier: 'new-past-sla', reason: 'new lead — 2 h 5 min old (past the 1 h SLA)' },
      { id: 1, tier: 'retry', reason: 'retry 2 of 6' },
    ]);
  });

  it("shows the callback's promised time on the lead's clock", () => {
    const newYork = makeLead({
      id: 1,
      timeZone: 'America/New_York',
      status: 'callback',
      attemptCount: 1,
      callbackAt: now,
    });
    expect(rankQueue([newYork], now, rules, nobodyOnDnc)[0]?.reason).toBe('due callback (16:00)');
  });

  it('keeps promises in order: the earliest callback first, an overdue one before a due one', () => {
    const leads = [
      makeLead({ id: 1, status: 'callback', attemptCount: 1, callbackAt: now }),
      makeLead({ id: 2, status: 'callback', attemptCount: 1, callbackAt: now - 20 * MINUTE_MS }),
      makeLead({ id: 3, status: 'callback', attemptCount: 1, callbackAt: now + MINUTE_MS }),
      makeLead({ id: 4, status: 'callback', attemptCount: 1, callbackAt: now + 5 * MINUTE_MS }),
    ];
    expect(rankQueue(leads, now, rules, nobodyOnDnc).map((r) => r.lead.id)).toEqual([2, 1, 3]);
  });

  it('puts the leads closest to breaching the SLA first, then the freshest', () => {
    const ages = [59, 41, 55, 39, 1, 30, 61, 240];
    const leads = ages.map((age, i) => makeLead({ id: i + 1, createdAt: minutesAgo(age) }));
    const ranked = rankQueue(leads, now, rules, nobodyOnDnc);
    expect(ranked.map((r) => (now - r.lead.createdAt) / MINUTE_MS)).toEqual([
      59, 55, 41, 1, 30, 39, 61, 240,
    ]);
  });

  it('is freshest first throughout with no at-risk band, and deadline first with a full one', () => {
    const ages = [50, 5, 20];
    const leads = ages.map((age, i) => makeLead({ id: i + 1, createdAt: minutesAgo(age) }));
    const withBand = (atRiskMinutes: number): CampaignRules => ({
      ...rules,
      speedToLead: { slaMinutes: 60, atRiskMinutes },
    });
    const agesInOrder = (band: number) =>
      rankQueue(leads, now, withBand(band), nobodyOnDnc).map(
        (r) => (now - r.lead.createdAt) / MINUTE_MS,
      );
    expect(agesInOrder(0)).toEqual([5, 20, 50]);
    expect(agesInOrder(60)).toEqual([50, 20, 5]);
  });

  it('takes retries with the fewest attempts first, then the longest waiting', () => {
    const retry = (id: number, attemptCount: number, waitedMinutes: number) =>
      makeLead({ id, status: 'retry', attemptCount, nextEligibleAt: minutesAgo(waitedMinutes) });
    const leads = [retry(1, 3, 200), retry(2, 1, 5), retry(3, 1, 50), retry(4, 2, 1)];
    const ranked = rankQueue(leads, now, rules, nobodyOnDnc);
    expect(summary(ranked)).toEqual([
      { id: 3, tier: 'retry', reason: 'retry 2 of 6' },
      { id: 2, tier: 'retry', reason: 'retry 2 of 6' },
      { id: 4, tier: 'retry', reason: 'retry 3 of 6' },
      { id: 1, tier: 'retry', reason: 'retry 4 of 6' },
    ]);
  });

  it('leaves out every lead that may not be called now', () => {
    const onDnc = new Set(['+10000000003']);
    const leads = [
      makeLead({ id: 1, status: 'done' }),
      makeLead({ id: 2, status: 'held' }),
      makeLead({ id: 3, phoneE164: '+10000000003' }),
      makeLead({ id: 4, timeZone: 'Asia/Tokyo' }),
      makeLead({ id: 5, timeZone: null }),
      makeLead({ id: 6, status: 'retry', attemptCount: 2, nextEligibleAt: now + HOUR_MS }),
      makeLead({ id: 7 }),
    ];
    expect(rankQueue(leads, now, rules, (phone) => onDnc.has(phone)).map((r) => r.lead.id)).toEqual(
      [7],
    );
  });

  it('breaks ties the way the index does: lower id first ascending, higher id first descending', () => {
    const leads = [
      makeLead({ id: 1, createdAt: minutesAgo(10) }),
      makeLead({ id: 2, createdAt: minutesAgo(10) }),
      makeLead({ id: 3, createdAt: minutesAgo(50) }),
      makeLead({ id: 4, createdAt: minutesAgo(50) }),
    ];
    expect(rankQueue(leads, now, rules, nobodyOnDnc).map((r) => r.lead.id)).toEqual([3, 4, 2, 1]);
  });

  it('gives entries the session can offer as they are (QueueEntry)', () => {
    const entries: QueueEntry[] = rankQueue([makeLead()], now, rules, nobodyOnDnc);
    expect(entries).toEqual([
      expect.objectContaining({
        lead: makeLead(),
        reason: 'new lead — 6 h old (past the 1 h SLA)',
      }),
    ]);
  });
});
