import type { RoutingPlan } from '../routing/route-offers';
import type { RoutingRep } from '../routing/routing-rep';
import type { PoolLeadState } from './pool-lead-state';

/** New leads read per offer a free rep could take: a pass skips some (calling hours, a shared number). */
const HEAD_PER_FREE_SLOT = 2;
const MIN_HEAD = 16;

/** How many new leads a pass reads first: none when no free rep has room for an offer. */
export function headLength(reps: readonly RoutingRep[], maxHeldOffers: number): number {
  const slots = reps
    .filter((rep) => rep.availability === 'free')
    .reduce((sum, rep) => sum + Math.max(0, maxHeldOffers - rep.heldOffers), 0);
  return slots === 0 ? 0 : Math.max(MIN_HEAD, slots * HEAD_PER_FREE_SLOT);
}

/**
 * Whether a new lead past the head read could have changed the plan: a free rep was left with
 * room, or took a retry (retries come after every new lead in the queue policy's order).
 */
export function couldTakeMore(
  plan: RoutingPlan,
  waiting: readonly PoolLeadState[],
  reps: readonly RoutingRep[],
  maxHeldOffers: number,
): boolean {
  const status = new Map(waiting.map((lead) => [lead.id, lead.status]));
  const taken = new Map<string, number>();
  for (const offer of plan.offers) {
    if (status.get(offer.leadId) === 'retry') return true;
    taken.set(offer.repId, (taken.get(offer.repId) ?? 0) + 1);
  }
  return reps.some(
    (rep) =>
      rep.availability === 'free' && rep.heldOffers + (taken.get(rep.repId) ?? 0) < maxHeldOffers,
  );
}
