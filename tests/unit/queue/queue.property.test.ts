import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MINUTE_MS } from '../../../shared/clock';
import type { Lead } from '../../../shared/domain/lead';
import { applyOutcome } from '../../../electron/core/queue/apply-outcome';
import { isCallable } from '../../../electron/core/queue/callable';
import { nextWindowOpening } from '../../../electron/core/queue/calling-window';
import type { CampaignRules } from '../../../electron/core/queue/campaign-rules';
import { QUEUE_TIERS, compareSortKeys, rankQueue } from '../../../electron/core/queue/queue-policy';
import { independentlyInsideWindow } from '../../bench/speed-to-lead/compliance';
import { makeLead } from './fixtures';
import { ZONES, dispositionArb, instantArb, leadAt, queueCaseArb, rulesArb } from './arbitraries';

const RUNS = { numRuns: 400 };

/** The rules of who may be called, written again from the issue, with Intl as the clock. */
function mayBeCalled(lead: Lead, now: number, rules: CampaignRules, dnc: Set<string>): boolean {
  if (lead.status === 'done' || lead.status === 'dnc' || lead.status === 'held') return false;
  if (
    dnc.has(lead.phoneE164) ||
    !lead.timeZone ||
    !(ZONES as readonly string[]).includes(lead.timeZone)
  ) {
    return false;
  }
  if (lead.status === 'callback') {
    if (
      lead.callbackAt === null ||
      lead.callbackAt > now + rules.callbackGraceMinutes * MINUTE_MS
    ) {
      return false;
    }
  } else if (lead.attemptCount >= rules.cadence.maxAttempts) {
    return false;
  }
  if (lead.nextEligibleAt !== null && lead.nextEligibleAt > now) return false;
  return independentlyInsideWindow(lead.timeZone, now, rules.callingWindow);
}

/**
 * Random rules and, as `now`, the moment a random zone's calling window next opens after a
 * random instant; with what `more` draws for that opening.
 */
function atAWindowOpening<T extends object>(
  more: (
    opens: number,
    rules: CampaignRules,
    zone: string,
  ) => { [K in keyof T]: fc.Arbitrary<T[K]> },
): fc.Arbitrary<T & { now: number; rules: CampaignRules }> {
  return fc
    .record({ now: instantArb, rules: rulesArb, zone: fc.constantFrom(...ZONES) })
    .chain(({ now, rules, zone }) => {
      const opens = nextWindowOpening(zone, now, rules.callingWindow);
      return fc.record({
        now: fc.constant(opens),
        rules: fc.constant(rules),
        ...more(opens, rules, zone),
      }) as fc.Arbitrary<T & { now: number; rules: CampaignRules }>;
    });
}

describe('rankQueue over random leads, times, zones and campaign rules', () => {
  it('offers exactly the leads that may be called: never DNC, held, done or outside the window', () => {
    fc.assert(
      fc.property(queueCaseArb, ({ now, rules, leads, dncList }) => {
        const ranked = rankQueue(leads, now, rules, (phone) => dncList.has(phone));
        const offered = ranked.map((r) => r.lead.id).sort((a, b) => a - b);
        const allowed = leads.filter((lead) => mayBeCalled(lead, now, rules, dncList));
        expect(offered).toEqual(allowed.map((lead) => lead.id));
      }),
      RUNS,
    );
  });

  it('a lead the rep picks gives way on its callback time only: never DNC or outside the window', () => {
    fc.assert(
      fc.property(queueCaseArb, ({ now, rules, leads, dncList }) => {
        for (const lead of leads) {
          const picked = isCallable(lead, now, rules, (phone) => dncList.has(phone), true);
          const callbackDueNow = lead.status === 'callback' && lead.callbackAt !== null;
          const asIfDue = callbackDueNow ? { ...lead, callbackAt: now } : lead;
          expect(picked.callable).toBe(mayBeCalled(asIfDue, now, rules, dncList));
        }
      }),
      RUNS,
    );
  });

  it('returns the leads in tier order, sorted by their keys', () => {
    fc.assert(
      fc.property(queueCaseArb, ({ now, rules, leads, dncList }) => {
        const ranked = rankQueue(leads, now, rules, (phone) => dncList.has(phone));
        for (let i = 1; i < ranked.length; i += 1) {
          const [before, after] = [ranked[i - 1], ranked[i]];
          if (!before || !after) continue;
          expect(compareSortKeys(before.sortKey, after.sortKey)).toBeLessThan(0);
          expect(QUEUE_TIERS.indexOf(before.tier)).toBeLessThanOrEqual(
            QUEUE_TIERS.indexOf(after.tier),
          );
        }
      }),
      RUNS,
    );
  });

  it('always puts a due callback above any new lead', () => {
    const withBoth = atAWindowOpening((opens, rules, zone) => ({
      others: fc.array(leadAt(opens), { maxLength: 30 }),
      callbackLate: fc.integer({ min: -rules.callbackGraceMinutes, max: 24 * 60 }),
      newAge: fc.integer({ min: 0, max: 7 * 24 * 60 }),
      zone: fc.constant(zone),
    }));
    fc.assert(
      fc.property(withBoth, ({ now, rules, others, callbackLate, newAge, zone }) => {
        const leads: Lead[] = [
          ...others,
          makeLead({
            timeZone: zone,
            phoneE164: '+15550009998',
            status: 'callback',
            attemptCount: 1,
            callbackAt: now - callbackLate * MINUTE_MS,
          }),
          makeLead({
            timeZone: zone,
            phoneE164: '+15550009999',
            createdAt: now - newAge * MINUTE_MS,
          }),
        ].map((lead, i) => ({ ...lead, id: i + 1 }));
        const ranked = rankQueue(leads, now, rules, () => false);
        const tiers = ranked.map((r) => r.tier);
        expect(tiers).toContain('callback');
        const lastCallback = tiers.lastIndexOf('callback');
        const firstNew = tiers.findIndex((tier) => tier.startsWith('new'));
        expect(firstNew).toBeGreaterThan(lastCallback);
      }),
      RUNS,
    );
  });

  it('is deterministic: the same leads in any order give the same queue', () => {
    const withShuffle = queueCaseArb.chain((queueCase) =>
      fc.record({
        queueCase: fc.constant(queueCase),
        shuffled: fc.shuffledSubarray(queueCase.leads, {
          minLength: queueCase.leads.length,
          maxLength: queueCase.leads.length,
        }),
      }),
    );
    fc.assert(
      fc.property(withShuffle, ({ queueCase: { now, rules, leads, dncList }, shuffled }) => {
        const dnc = (phone: string) => dncList.has(phone);
        const first = rankQueue(leads, now, rules, dnc);
        expect(rankQueue(leads, now, rules, dnc)).toEqual(first);
        expect(rankQueue(shuffled, now, rules, dnc)).toEqual(first);
      }),
      RUNS,
    );
  });
});

describe('applyOutcome over random leads and dispositions', () => {
  it('counts the attempt, never redials at once, and ends within the cadence', () => {
    const outcomeCase = atAWindowOpening((opens, rules, zone) => ({
      lead: fc
        .record({
          status: fc.constantFrom('new' as const, 'retry' as const, 'callback' as const),
          attempts: fc.integer({ min: 0, max: rules.cadence.maxAttempts - 1 }),
          waitedMinutes: fc.integer({ min: 0, max: 3 * 24 * 60 }),
        })
        .map(({ status, attempts, waitedMinutes }) => {
          // A retry needs an attempt behind it and one left; with a single attempt it is new.
          const kind = status === 'retry' && attempts === 0 ? 'new' : status;
          const since = opens - waitedMinutes * MINUTE_MS;
          return makeLead({
            timeZone: zone,
            status: kind,
            attemptCount: kind === 'new' ? 0 : attempts,
            createdAt: since,
            nextEligibleAt: kind === 'retry' ? since : null,
            callbackAt: kind === 'callback' ? since : null,
          });
        }),
      disposition: dispositionArb,
      callbackInMinutes: fc.integer({ min: 30, max: 7 * 24 * 60 }),
    }));
    fc.assert(
      fc.property(outcomeCase, ({ now, rules, lead, disposition, callbackInMinutes }) => {
        expect(isCallable(lead, now, rules, () => false)).toEqual({ callable: true });
        const zone = lead.timeZone ?? 'UTC';
        const callbackAt = nextWindowOpening(
          zone,
          now + callbackInMinutes * MINUTE_MS,
          rules.callingWindow,
        );
        const update = applyOutcome(lead, disposition, now, rules, callbackAt);
        expect(update.attemptCount).toBe(lead.attemptCount + 1);
        expect(update.lastOutcome).toBe(disposition.code);
        if (disposition.flags.dnc)
          expect(update).toMatchObject({ status: 'dnc', addToDncList: true });
        else if (disposition.flags.final) expect(update.status).toBe('done');
        else if (disposition.flags.callback) expect(update.callbackAt).toBe(callbackAt);
        else if (update.status === 'retry') {
          expect(update.attemptCount).toBeLessThan(rules.cadence.maxAttempts);
          expect(update.nextEligibleAt).toBeGreaterThan(now);
        } else {
          expect(update).toMatchObject({ status: 'done', closedReason: 'max-attempts' });
          expect(update.attemptCount).toBeGreaterThanOrEqual(rules.cadence.maxAttempts);
        }
        const after = { ...lead, ...update };
        expect(isCallable(after, now, rules, () => false).callable).toBe(false);
      }),
      RUNS,
    );
  });
});
