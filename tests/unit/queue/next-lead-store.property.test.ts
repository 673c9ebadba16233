import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MINUTE_MS } from '../../../shared/clock';
import type { Lead } from '../../../shared/domain/lead';
import type { CampaignRules } from '../../../shared/domain/campaign-rules';
import { createLogger } from '../../../electron/core/platform/log/logger';
import { nextWindowOpening } from '../../../electron/core/queue/calling-window';
import { queueColumns } from '../../../electron/core/queue/queue-columns';
import { rankQueue } from '../../../electron/core/queue/queue-policy';
import { LeadLocks } from '../../../electron/core/dialing/lead-locks';
import { QueueCampaigns } from '../../../electron/core/queue/store/queue-campaigns';
import { StoreSessionPorts } from '../../../electron/core/dialing/store-session-ports';
import { openInlineStore, sql, type Store } from '../../../electron/core/platform/store';
import { independentlyInsideWindow } from '../../bench/speed-to-lead/compliance';
import { ManualClock } from '../../support/manual-clock';
import { makeTempDir } from '../../support/temp-dir';
import { ZONES, instantArb, leadAt, rulesArb } from './arbitraries';

const RUNS = 16;
const INSTANTS_PER_STORE = 3;

interface StoreCase {
  rules: CampaignRules;
  leads: Lead[];
  dnc: Set<string>;
  instants: number[];
}

/**
 * A few hundred leads per store, each with its own number (the store keeps one lead per number
 * and campaign), in random zones and states around an instant when the window is open in a home
 * zone; about one number in eight on the DNC list, with some listed numbers that are not leads.
 */
const storeCaseArb: fc.Arbitrary<StoreCase> = fc
  .record({
    instant: instantArb,
    rules: rulesArb,
    homeZone: fc.constantFrom(...ZONES),
    intoWindow: fc.integer({ min: 0, max: 12 * 60 }),
    later: fc.array(fc.integer({ min: -3 * 60, max: 26 * 60 }), {
      minLength: INSTANTS_PER_STORE - 1,
      maxLength: INSTANTS_PER_STORE - 1,
    }),
  })
  .chain(({ instant, rules, homeZone, intoWindow, later }) => {
    const now = nextWindowOpening(homeZone, instant, rules.callingWindow) + intoWindow * MINUTE_MS;
    return fc
      .record({
        leads: fc.array(leadAt(now, homeZone), { minLength: 150, maxLength: 240 }),
        listed: fc.array(fc.boolean(), { minLength: 240, maxLength: 240 }),
        strangers: fc.array(fc.integer({ min: 0, max: 9999 }), { maxLength: 20 }),
      })
      .map(({ leads, listed, strangers }) => {
        const withNumbers = leads.map((lead, i) => ({
          ...lead,
          id: i + 1,
          campaignId: 'c1',
          phoneE164: `+1312555${String(i).padStart(4, '0')}`,
        }));
        const dnc = new Set([
          ...withNumbers.filter((_, i) => listed[i] && i % 4 === 0).map((l) => l.phoneE164),
          ...strangers.map((n) => `+1646555${String(n).padStart(4, '0')}`),
        ]);
        return {
          rules,
          leads: withNumbers,
          dnc,
          instants: [now, ...later.map((minutes) => now + minutes * MINUTE_MS)],
        };
      });
  });

/** Who may be called, from the words, with Intl as the clock and the DNC set as the list. */
function mayBeCalled(lead: Lead, now: number, rules: CampaignRules, dnc: Set<string>): boolean {
  if (lead.status === 'done' || lead.status === 'dnc' || lead.status === 'held') return false;
  if (dnc.has(lead.phoneE164)) return false;
  if (!lead.timeZone || !(ZONES as readonly string[]).includes(lead.timeZone)) return false;
  if (lead.status === 'callback') {
    if (lead.callbackAt === null) return false;
    if (lead.callbackAt > now + rules.callbackGraceMinutes * MINUTE_MS) return false;
  } else if (lead.attemptCount >= rules.cadence.maxAttempts) {
    return false;
  }
  if (lead.nextEligibleAt !== null && lead.nextEligibleAt > now) return false;
  return independentlyInsideWindow(lead.timeZone, now, rules.callingWindow);
}

async function fill(store: Store, { rules, leads, dnc }: StoreCase): Promise<void> {
  await store.write([
    sql`INSERT INTO campaigns (id, name, created_at, rules_json)
        VALUES ('c1', 'Property', 0, ${JSON.stringify(rules)})`,
    ...leads.map((lead) => {
      const columns = queueColumns(lead, rules);
      return sql`INSERT INTO leads (id, campaign_id, phone_e164, time_zone, created_at,
          imported_at, status, attempt_count, next_eligible_at, callback_at, queue_tier,
          queue_due_at)
        VALUES (${lead.id}, 'c1', ${lead.phoneE164}, ${lead.timeZone}, ${lead.createdAt},
          ${lead.createdAt}, ${lead.status}, ${lead.attemptCount}, ${lead.nextEligibleAt},
          ${lead.callbackAt}, ${columns?.queueTier ?? null}, ${columns?.queueDueAt ?? null})`;
    }),
    ...[...dnc].map(
      (phone) => sql`INSERT INTO dnc (phone_e164, added_at, source) VALUES (${phone}, 0, 'manual')`,
    ),
  ]);
}

/** Every lead nextLead offers at `now`, asked until it has none left (each offer stays locked). */
async function drain(store: Store, now: number): Promise<number[]> {
  const ports = new StoreSessionPorts({
    store,
    campaigns: new QueueCampaigns(
      store,
      createLogger(() => undefined),
    ),
    locks: new LeadLocks(),
    clock: new ManualClock(now),
    repId: 'rep-1',
  });
  const offered: number[] = [];
  for (let offer = await ports.nextLead(); offer; offer = await ports.nextLead()) {
    offered.push(offer.lead.id);
  }
  return offered;
}

describe('nextLead over the real store, random leads, zones, times and DNC lists', () => {
  it('never offers a listed number or a lead outside its window, misses none, and keeps the policy order', async () => {
    let leadsSeen = 0;
    let offers = 0;
    await fc.assert(
      fc.asyncProperty(storeCaseArb, async (storeCase) => {
        const temp = makeTempDir('dialdeck-property-');
        const { store } = await openInlineStore({ dataDir: temp.dir });
        try {
          await fill(store, storeCase);
          leadsSeen += storeCase.leads.length;
          const { rules, leads, dnc } = storeCase;
          for (const now of storeCase.instants) {
            const offered = await drain(store, now);
            offers += offered.length;
            const byId = new Map(leads.map((lead) => [lead.id, lead]));
            for (const id of offered) {
              const lead = byId.get(id)!;
              expect(dnc.has(lead.phoneE164)).toBe(false);
              expect(independentlyInsideWindow(lead.timeZone, now, rules.callingWindow)).toBe(true);
            }
            const allowed = leads.filter((lead) => mayBeCalled(lead, now, rules, dnc));
            expect([...offered].sort((a, b) => a - b)).toEqual(allowed.map((lead) => lead.id));
            const ranked = rankQueue(leads, now, rules, (phone) => dnc.has(phone));
            expect(offered).toEqual(ranked.map((entry) => entry.lead.id));
          }
        } finally {
          await store.close();
          temp.remove();
        }
      }),
      { numRuns: RUNS },
    );
    expect(leadsSeen).toBeGreaterThan(2400);
    expect(offers).toBeGreaterThan(100);
  });
});
