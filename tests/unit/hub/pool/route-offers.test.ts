import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MINUTE_MS } from '../../../../shared/clock';
import type { PoolLeadState } from '../../../../electron/hub/pool/claims/pool-lead-state';
import { routeOffers, type RoutingInput } from '../../../../electron/hub/pool/routing/route-offers';
import type { RoutingRep } from '../../../../electron/hub/pool/routing/routing-rep';
import { campaignsWorkedBy } from '../../../../electron/hub/pool/routing/floor-reps';
import { SIM_RULES } from './pool-sim';
import { freshPoolLead } from '../../../support/pool-lead';

const NOW = Date.UTC(2026, 11, 7, 17, 0, 0);

function lead(id: string, fields: Partial<PoolLeadState> = {}): PoolLeadState {
  return freshPoolLead(id, NOW - MINUTE_MS, fields);
}

function rep(repId: string, fields: Partial<RoutingRep> = {}): RoutingRep {
  return {
    repId,
    availability: 'free',
    campaigns: 'all',
    freshWaiting: 0,
    heldOffers: 0,
    ...fields,
  };
}

function route(fields: Partial<RoutingInput>) {
  return routeOffers({
    now: NOW,
    reps: [],
    waiting: [],
    rulesOf: () => SIM_RULES,
    isDnc: () => false,
    cursor: null,
    maxHeldOffers: 1,
    callbackOwnerGraceMs: 15 * MINUTE_MS,
    ...fields,
  });
}

const pairs = (plan: ReturnType<typeof route>) => plan.offers.map((o) => `${o.leadId}→${o.repId}`);

describe('routing the pool', () => {
  it('gives leads to free reps only, and never to a paused or offline rep', () => {
    const reps = [
      rep('ann', { availability: 'on-call' }),
      rep('bob', { availability: 'paused' }),
      rep('cy', { availability: 'offline' }),
      rep('dee'),
    ];
    const waiting = [lead('l1'), lead('l2'), lead('l3')];
    const plan = route({ reps, waiting });
    expect(pairs(plan)).toEqual(['l3→dee']);
    expect(plan.unrouted.map((l) => l.id)).toEqual(['l2', 'l1']);
    // Offering to reps on a call puts them after every free rep.
    expect(pairs(route({ reps, waiting, offerToRepsOnCall: true }))).toEqual(['l3→dee', 'l2→ann']);
  });

  it('moves an undialed lead from a rep on a call to a free rep with nothing to dial', () => {
    const held = lead('l1', { status: 'assigned', assignedRep: 'ann', assignment: 1 });
    const promised = lead('l2', {
      status: 'assigned',
      assignedRep: 'ann',
      callbackRep: 'ann',
      callbackAt: NOW,
      attemptCount: 1,
    });
    const plan = route({
      reps: [rep('ann', { availability: 'on-call', heldOffers: 2 }), rep('bob')],
      offered: [held, promised],
      maxHeldOffers: 2,
    });
    expect(plan.moves).toEqual([{ leadId: 'l1', fromRep: 'ann', toRep: 'bob' }]);
    expect(plan.cursor).toBe('bob');
  });

  it('takes the freshest new lead first and the retries last, as the rep queue does', () => {
    const plan = route({
      reps: [rep('a'), rep('b'), rep('c')],
      waiting: [
        lead('l1', { status: 'retry', attemptCount: 1, nextDueAt: NOW - MINUTE_MS }),
        lead('l2', { createdAt: NOW - 2 * MINUTE_MS }),
        lead('l3', { createdAt: NOW - 30 * 1000 }),
      ],
    });
    expect(plan.offers.map((o) => o.leadId)).toEqual(['l3', 'l2', 'l1']);
  });

  it('prefers the rep with fewest fresh leads waiting, then goes round after the cursor', () => {
    expect(
      pairs(route({ reps: [rep('a', { freshWaiting: 2 }), rep('b')], waiting: [lead('l1')] })),
    ).toEqual(['l1→b']);
    const plan = route({
      reps: [rep('a'), rep('b'), rep('c')],
      waiting: [lead('l1')],
      cursor: 'b',
    });
    expect(pairs(plan)).toEqual(['l1→c']);
    expect(plan.cursor).toBe('c');
    expect(
      pairs(route({ reps: [rep('a'), rep('b')], waiting: [lead('l1')], cursor: 'b' })),
    ).toEqual(['l1→a']);
  });

  it('never offers a number on the do-not-call list, a retry not yet due, or to a rep at capacity', () => {
    const plan = route({
      reps: [rep('a'), rep('b', { heldOffers: 1 })],
      waiting: [
        lead('l1'),
        lead('l2', { status: 'retry', attemptCount: 1, nextDueAt: NOW + MINUTE_MS }),
        lead('l3'),
      ],
      isDnc: (phone) => phone.endsWith('0001'),
    });
    expect(pairs(plan)).toEqual(['l3→a']);
  });

  it('keeps a due callback for the rep who promised it, and moves it once they are absent past the grace', () => {
    const callback = (at: number) =>
      lead('l1', { status: 'callback', callbackRep: 'ann', callbackAt: at, attemptCount: 1 });
    const reps = (annAvailability: RoutingRep['availability']) => [
      rep('ann', { availability: annAvailability }),
      rep('bob'),
    ];
    expect(pairs(route({ reps: reps('on-call'), waiting: [callback(NOW)] }))).toEqual(['l1→ann']);
    expect(
      pairs(route({ reps: reps('offline'), waiting: [callback(NOW - 5 * MINUTE_MS)] })),
    ).toEqual([]);
    const moved = route({ reps: reps('paused'), waiting: [callback(NOW - 20 * MINUTE_MS)] });
    expect(moved.offers).toEqual([{ leadId: 'l1', repId: 'bob', movedFrom: 'ann' }]);
    expect(pairs(route({ reps: reps('free'), waiting: [callback(NOW + 10 * MINUTE_MS)] }))).toEqual(
      [],
    );
  });

  it('gives a campaign lead only to reps who work that campaign', () => {
    const plan = route({
      reps: [rep('a', { campaigns: new Set(['other']) }), rep('b')],
      waiting: [lead('l1')],
    });
    expect(pairs(plan)).toEqual(['l1→b']);
  });

  it('gives a lead only to the reps its campaign names, and to everyone when it names none', () => {
    const campaigns = [
      { id: 'web-leads', repIds: ['b'] },
      { id: 'solar', repIds: null },
    ];
    const reps = ['a', 'b'].map((id) => rep(id, { campaigns: campaignsWorkedBy(id, campaigns) }));
    expect(pairs(route({ reps, waiting: [lead('l1')] }))).toEqual(['l1→b']);
    expect(pairs(route({ reps, waiting: [lead('l1', { campaignId: 'solar' })] }))).toEqual([
      'l1→a',
    ]);
    expect(campaignsWorkedBy('a', [{ id: 'solar', repIds: null }])).toBe('all');
  });

  it('offers a lead of any campaign only to a rep its campaign names (property)', () => {
    const repIds = ['a', 'b', 'c', 'd'];
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.subarray(repIds, { minLength: 1 }), { nil: null }), {
          minLength: 3,
          maxLength: 3,
        }),
        fc.array(
          fc.constantFrom('free', 'on-call', 'paused') as fc.Arbitrary<RoutingRep['availability']>,
          {
            minLength: 4,
            maxLength: 4,
          },
        ),
        fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 1, maxLength: 8 }),
        (named, availability, campaignOf) => {
          const campaigns = named.map((ids, i) => ({ id: `c${i}`, repIds: ids }));
          const reps = repIds.map((id, i) =>
            rep(id, {
              availability: availability[i]!,
              campaigns: campaignsWorkedBy(id, campaigns),
            }),
          );
          const waiting = campaignOf.map((c, i) => lead(`l${i + 1}`, { campaignId: `c${c}` }));
          const plan = route({ reps, waiting, maxHeldOffers: 8 });
          for (const offer of plan.offers) {
            const campaign = campaigns.find(
              (c) => c.id === waiting.find((l) => l.id === offer.leadId)!.campaignId,
            )!;
            expect(campaign.repIds === null || campaign.repIds.includes(offer.repId)).toBe(true);
          }
          // A lead is left waiting only when no free rep its campaign names has room.
          for (const left of plan.unrouted) {
            const campaign = campaigns.find((c) => c.id === left.campaignId)!;
            const takers = reps.filter(
              (r) =>
                r.availability === 'free' &&
                (campaign.repIds === null || campaign.repIds.includes(r.repId)),
            );
            const given = (r: RoutingRep) => plan.offers.filter((o) => o.repId === r.repId).length;
            expect(takers.every((r) => given(r) >= 8)).toBe(true);
          }
        },
      ),
    );
  });

  it("spaces a number's dials team-wide by its campaign's first cadence step, one lead holding it at a time", () => {
    const phone = '+13035550199';
    const dialedAgo = (minutes: number) => () => NOW - minutes * MINUTE_MS;
    const shared = [lead('l1', { phoneE164: phone }), lead('l2', { phoneE164: phone })];
    const reps = [rep('a'), rep('b')];
    // SIM_RULES' first spacing is 10 minutes.
    expect(SIM_RULES.cadence.spacing[0]).toEqual({ kind: 'wait', minutes: 10 });
    expect(pairs(route({ reps, waiting: [shared[0]!], numberLastDialedAt: dialedAgo(9) }))).toEqual(
      [],
    );
    expect(
      pairs(route({ reps, waiting: [shared[0]!], numberLastDialedAt: dialedAgo(10) })),
    ).toEqual(['l1→a']);
    // Two waiting leads with one number: only one is offered in a pass.
    expect(route({ reps, waiting: shared }).offers).toHaveLength(1);
    // A number another lead holds (offered or being dialed) waits for it.
    for (const status of ['assigned', 'dialing'] as const) {
      const held = lead('l0', { phoneE164: phone, status, assignedRep: 'c' });
      expect(pairs(route({ reps, waiting: [shared[1]!], offered: [held] }))).toEqual([]);
    }
    expect(pairs(route({ reps, waiting: [lead('l3')], offered: [] }))).toEqual(['l3→a']);
  });
});
