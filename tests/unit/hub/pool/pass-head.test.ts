import { describe, expect, it } from 'vitest';
import { MINUTE_MS } from '../../../../shared/clock';
import { DEFAULT_CAMPAIGN_RULES, type CampaignRules } from '../../../../electron/core/queue';
import { HUB_SCHEMA, migrate, type HubDatabase } from '../../../../electron/hub/db';
import { DEFAULT_CLAIM_POLICY } from '../../../../electron/hub/pool/claims/claim-policy';
import {
  CLAIM_COLUMNS,
  leadFromRow,
  type ClaimRow,
} from '../../../../electron/hub/pool/claims/claim-rows';
import { ClaimStore } from '../../../../electron/hub/pool/claims/claim-store';
import { routeOffers } from '../../../../electron/hub/pool/routing/route-offers';
import type { RoutingRep } from '../../../../electron/hub/pool/routing/routing-rep';
import { useHubDatabases } from '../../../support/hub-db-fixture';
import { zoneAtMidday } from '../support/floor-events';

const NOW = Date.UTC(2026, 11, 7, 15, 0, 0);
/** Two campaigns with different speed-to-lead bands: the tiers differ per campaign. */
const RULES: Record<string, CampaignRules> = {
  fast: { ...DEFAULT_CAMPAIGN_RULES, speedToLead: { slaMinutes: 5, atRiskMinutes: 2 } },
  slow: { ...DEFAULT_CAMPAIGN_RULES, speedToLead: { slaMinutes: 8, atRiskMinutes: 3 } },
};
const rulesOf = (campaignId: string) => RULES[campaignId] ?? DEFAULT_CAMPAIGN_RULES;

function freeRep(repId: string): RoutingRep {
  return { repId, availability: 'free', campaigns: 'all', freshWaiting: 0, heldOffers: 0 };
}

/**
 * New leads of both campaigns: 8 callable at risk, 200 callable past the SLA over two hours with ties on the
 * creation time, and 200 newer ones outside their calling hours (new, at risk and past the SLA
 * by campaign) that the queue policy puts first: the head the pass reads first holds no lead a
 * rep may dial, so the pass must read further.
 */
async function seedQueue(db: HubDatabase): Promise<void> {
  const midday = zoneAtMidday(NOW);
  const midnight = zoneAtMidday(NOW + 12 * 60 * MINUTE_MS);
  for (let index = 0; index < 400; index++) {
    const outsideHours = index >= 200;
    const createdAt = outsideHours
      ? NOW - index * 1_000
      : NOW - 10 * MINUTE_MS - Math.floor(index / 2) * 70_000;
    await db.query(
      `INSERT INTO pool_leads (id, campaign_id, phone_e164, first_name, source, created_at,
         arrived_at, time_zone, status)
       VALUES ($1, $2, $3, 'Grace', $4, $5, $5, $6, 'queued')`,
      [
        `lead-${String(index).padStart(3, '0')}`,
        index % 3 === 0 ? 'slow' : 'fast',
        `+1212${2_000_000 + index}`,
        index % 2 === 0 ? 'web' : 'form',
        createdAt,
        outsideHours ? midnight : midday,
      ],
    );
  }
  // Callable and at risk in the slow campaign only: the first the queue policy offers.
  for (let index = 0; index < 8; index++) {
    await db.query(
      `INSERT INTO pool_leads (id, campaign_id, phone_e164, first_name, source, created_at,
         arrived_at, time_zone, status)
       VALUES ($1, 'slow', $2, 'Ada', 'web', $3, $3, $4, 'queued')`,
      [
        `risk-${index}`,
        `+1312${2_000_000 + index}`,
        NOW - 5.5 * MINUTE_MS - index * 10_000,
        midday,
      ],
    );
  }
}

async function readAll(db: HubDatabase) {
  const { rows } = await db.query<ClaimRow>(
    `SELECT ${CLAIM_COLUMNS} FROM pool_leads WHERE status = 'queued'`,
  );
  return rows.map(leadFromRow);
}

describe.each(['embedded', 'server'] as const)('a routing pass on the %s database', (kind) => {
  const fixture = useHubDatabases(kind);

  it('reads only the head of a long queue yet offers what a read of every lead would', async () => {
    const db = await fixture.open();
    await migrate(db, HUB_SCHEMA);
    await seedQueue(db);
    const reps = ['ana', 'bob', 'cy', 'dee', 'eve'].map(freeRep);
    const all = await readAll(db);
    const expected = routeOffers({
      now: NOW,
      reps,
      waiting: all,
      rulesOf,
      isDnc: () => false,
      cursor: null,
      maxHeldOffers: 1,
      callbackOwnerGraceMs: 0,
    });
    // The five oldest at risk, oldest first.
    expect(expected.offers.map((offer) => offer.leadId)).toEqual([
      'risk-7',
      'risk-6',
      'risk-5',
      'risk-4',
      'risk-3',
    ]);

    const result = await new ClaimStore(db).pass({
      now: NOW,
      reps,
      holderOf: () => ({ live: true, paused: false }),
      policyOf: () => DEFAULT_CLAIM_POLICY,
      rulesOf,
      campaignIds: Object.keys(RULES),
      cursor: null,
      maxHeldOffers: 1,
    });

    expect(result.offers).toEqual(expected.offers);
    // The floor counts the callable new leads left, from SQL: 208 callable, 5 now offered.
    expect(result.summary.waiting.count).toBe(203);
    expect(result.summary.assigned).toBe(5);
    const left = all.filter(
      (lead) =>
        lead.timeZone === zoneAtMidday(NOW) && !expected.offers.some((o) => o.leadId === lead.id),
    );
    // Two leads share the oldest arrival: either is the oldest.
    const oldestAt = Math.min(...left.map((lead) => lead.arrivedAt));
    expect(result.summary.waiting.oldest?.arrivedAt).toBe(oldestAt);
    expect(left.filter((lead) => lead.arrivedAt === oldestAt).map((lead) => lead.id)).toContain(
      result.summary.waiting.oldest?.leadId,
    );
    expect(result.summary.waiting.bySource.map((s) => [s.source, s.count])).toEqual(
      [...new Set(left.map((lead) => lead.source ?? ''))]
        .map((source) => [source, left.filter((lead) => lead.source === source).length])
        .sort(
          (a, b) => (b[1] as number) - (a[1] as number) || String(a[0]).localeCompare(String(b[0])),
        ),
    );
  });

  it('reads no new lead when no free rep has room, and still counts them for the floor', async () => {
    const db = await fixture.open();
    await migrate(db, HUB_SCHEMA);
    await seedQueue(db);
    const result = await new ClaimStore(db).pass({
      now: NOW,
      reps: [{ ...freeRep('ana'), availability: 'on-call' }],
      holderOf: () => ({ live: true, paused: false }),
      policyOf: () => DEFAULT_CLAIM_POLICY,
      rulesOf,
      campaignIds: Object.keys(RULES),
      cursor: null,
      maxHeldOffers: 1,
    });
    expect(result.offers).toEqual([]);
    expect(result.summary.waiting.count).toBe(208);
  });
});
