import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RepPushMessage } from '../../../../shared/floor/protocol';
import { openInlineStore, sql } from '../../../../electron/core/platform/store';
import { silentLogger } from '../../../../electron/core/platform/log/logger';
import { RepPool } from '../../../../electron/core/team/pool';
import { ManualClock } from '../../../support/manual-clock';
import { makeTempDir } from '../../../support/temp-dir';
import { START } from '../../floor/link/support/rep-core';
import { poolLead } from '../support/pool-rep';

const LEADS = ['a1111111-0000-4000-8000-000000000001', 'b2222222-0000-4000-8000-000000000002'];

type Step =
  | { kind: 'offer'; lead: number; assignment: number }
  | { kind: 'revoke'; lead: number; assignment: number }
  | { kind: 'lease'; lead: number; minutes: number };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('offer' as const),
    lead: fc.integer({ min: 0, max: 1 }),
    assignment: fc.integer({ min: 1, max: 3 }),
  }),
  fc.record({
    kind: fc.constant('revoke' as const),
    lead: fc.integer({ min: 0, max: 1 }),
    assignment: fc.integer({ min: 1, max: 3 }),
  }),
  fc.record({
    kind: fc.constant('lease' as const),
    lead: fc.integer({ min: 0, max: 1 }),
    minutes: fc.integer({ min: 1, max: 30 }),
  }),
);

interface Held {
  offerId: string;
  released: boolean;
  claimUntil: number;
}

interface MarkRow {
  pool_lead_id: string;
  offer_id: string;
  claim_until: number;
  released_at: number | null;
  queue_tier: number | null;
}

/**
 * Any order of offers (new, resent, reassigned), revokes (current or stale) and renewals leaves the
 * rep's store as a model of the pool says: one local lead per pool lead, under its latest offer,
 * in the queue unless its current offer was revoked; every offer and revoke answered.
 */
describe('the rep pool under any sequence of hub messages', () => {
  it('holds each pool lead once, as the last word about it says', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(stepArb, { minLength: 1, maxLength: 12 }), async (steps) => {
        const temp = makeTempDir('dialdeck-pool-seq-');
        const { store } = await openInlineStore({ dataDir: temp.dir });
        const sent: RepPushMessage[] = [];
        const pool = await RepPool.open({
          store,
          clock: new ManualClock(START),
          log: silentLogger,
          rulesFor: () => Promise.resolve(null),
          onCall: () => false,
          queueChanged: () => undefined,
        });
        pool.connectedChanged({ send: (message) => sent.push(message) > 0 });
        const model = new Map<string, Held>();
        let offers = 0;
        let revokes = 0;
        try {
          for (const step of steps) {
            const id = LEADS[step.lead]!;
            const held = model.get(id);
            if (step.kind === 'offer') {
              const offerId = `${id}:${step.assignment}`;
              offers++;
              pool.received({
                type: 'pool-offer',
                offerId,
                lead: poolLead({ id }),
                claimUntil: START + 60_000,
                hubNow: START,
              });
              if (held?.offerId !== offerId) {
                model.set(id, { offerId, released: false, claimUntil: START + 60_000 });
              }
            } else if (step.kind === 'revoke') {
              const offerId = `${id}:${step.assignment}`;
              revokes++;
              pool.received({ type: 'pool-revoke', leadId: id, offerId, reason: 'test' });
              if (held?.offerId === offerId) held.released = true;
            } else {
              const claimUntil = START + step.minutes * 60_000;
              pool.received({
                type: 'pool-lease',
                leases: [{ leadId: id, claimUntil }],
                hubNow: START,
              });
              if (held && !held.released) held.claimUntil = claimUntil;
            }
            await pool.settled();
          }
          const rows = await store.all<MarkRow>(
            sql`SELECT m.pool_lead_id, m.offer_id, m.claim_until, m.released_at, l.queue_tier
                FROM team_pool_leads m JOIN leads l ON l.id = m.lead_id ORDER BY m.pool_lead_id`,
          );
          const leadCount = await store.get<{ n: number }>(sql`SELECT count(*) AS n FROM leads`);
          expect(leadCount?.n).toBe(model.size);
          expect(rows).toEqual(
            [...model.entries()]
              .sort(([a], [b]) => a.localeCompare(b))
              .map(([id, held]) => ({
                pool_lead_id: id,
                offer_id: held.offerId,
                claim_until: held.claimUntil,
                released_at: held.released ? START : null,
                queue_tier: held.released ? null : 2,
              })),
          );
          expect(sent.filter((m) => m.type === 'pool-received')).toHaveLength(offers);
          expect(sent.filter((m) => m.type === 'pool-revoked')).toHaveLength(revokes);
        } finally {
          await store.close();
          temp.remove();
        }
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
