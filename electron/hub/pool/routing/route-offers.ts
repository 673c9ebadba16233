import { nextRetryAt, type CampaignRules, type DncCheck } from '../../../core/queue';
import type { PoolLeadState } from '../claims/pool-lead-state';
import { orderPoolLeads } from './pool-order';
import { isWorking, worksCampaign, type RoutingRep } from './routing-rep';

export interface RoutingInput {
  now: number;
  /** Every rep the hub knows, with what the floor says of them. */
  reps: readonly RoutingRep[];
  /** The leads waiting in the pool (queued, retry, callback), in any order. */
  waiting: readonly PoolLeadState[];
  /** Leads offered to reps and not dialed yet: one held by a rep on a call may move. */
  offered?: readonly PoolLeadState[];
  rulesOf: (campaignId: string) => CampaignRules;
  isDnc: DncCheck;
  /** The rep who got the last lead: round-robin goes on after them. */
  cursor: string | null;
  /** A rep holds at most this many undialed pool leads (their next dial, not a backlog). */
  maxHeldOffers: number;
  /** A callback's owner keeps it this long past its time before it moves to another rep. */
  callbackOwnerGraceMs: number;
  /**
   * Whether a rep on a call may be given a new lead (after every free rep). Off by default: the
   * pool cannot know whose call ends first, so a lead waits for the first rep to come free
   * (`npm run bench -- team`: 97.1 % against 94.0 % of leads first dialed within 5 min at 60
   * leads an hour, 97.0 % against 88.6 % at 80).
   */
  offerToRepsOnCall?: boolean;
  /**
   * When another of the team's leads with this lead's number was last dialed (null: never). The
   * number then waits its campaign's first cadence spacing, the rule the rep's own queue applies
   * to a number two of its leads share, counted across the whole team.
   */
  numberLastDialedAt?: (lead: PoolLeadState) => number | null;
  /**
   * The team's dials of the lead's number in the last 24 hours, on any of its leads: the calling
   * rules' cap per number (3 in 24 h in Florida) counts them team-wide.
   */
  numberDialsInDay?: (lead: PoolLeadState) => readonly number[];
}

export interface RoutedOffer {
  leadId: string;
  repId: string;
  /** A callback moved away from its owner, who is absent past the grace: the floor is told. */
  movedFrom: string | null;
}

/** An undialed offer taken from a rep on a call and given to a free rep, who will dial it first. */
export interface MovedOffer {
  leadId: string;
  fromRep: string;
  toRep: string;
}

export interface RoutingPlan {
  offers: RoutedOffer[];
  moves: MovedOffer[];
  cursor: string | null;
  /** Callable leads no rep could take now, best first. */
  unrouted: PoolLeadState[];
}

/**
 * Which rep gets each callable lead, best lead first: the rep who will dial it soonest among
 * those connected, working its campaign and not paused (free before on a call, then fewest
 * fresh leads waiting, then round-robin). A due callback goes to the rep who promised it while
 * they work; it moves only once they are absent past the grace. Pure: same input, same plan.
 */
export function routeOffers(input: RoutingInput): RoutingPlan {
  const reps = input.reps.filter(isWorking).map((rep) => ({ ...rep }));
  const byId = new Map(input.reps.map((rep) => [rep.repId, rep]));
  let cursor = input.cursor;
  const offers: RoutedOffer[] = [];
  const unrouted: PoolLeadState[] = [];
  const hasRoom = (rep: RoutingRep) => rep.heldOffers < input.maxHeldOffers;
  const spacing = new NumberSpacing(input);

  const ordered = orderPoolLeads(
    input.waiting,
    input.now,
    input.rulesOf,
    input.isDnc,
    input.numberDialsInDay,
  );
  for (const { lead } of ordered) {
    if (spacing.waits(lead)) continue;
    let movedFrom: string | null = null;
    if (lead.status === 'callback' && lead.callbackRep !== null) {
      const owner = reps.find((rep) => rep.repId === lead.callbackRep);
      if (owner && worksCampaign(owner, lead.campaignId)) {
        if (hasRoom(owner)) {
          owner.heldOffers += 1;
          spacing.held(lead);
          offers.push({ leadId: lead.id, repId: owner.repId, movedFrom: null });
        } else unrouted.push(lead);
        continue;
      }
      const ownerKnown = byId.has(lead.callbackRep);
      const dueAt = lead.callbackAt ?? lead.createdAt;
      if (ownerKnown && input.now < dueAt + input.callbackOwnerGraceMs) {
        unrouted.push(lead);
        continue;
      }
      movedFrom = lead.callbackRep;
    }
    const best = pickRep(
      reps.filter(
        (rep) =>
          hasRoom(rep) &&
          worksCampaign(rep, lead.campaignId) &&
          (rep.availability === 'free' || input.offerToRepsOnCall === true),
      ),
      cursor,
    );
    if (!best) {
      unrouted.push(lead);
      continue;
    }
    best.heldOffers += 1;
    spacing.held(lead);
    cursor = best.repId;
    offers.push({ leadId: lead.id, repId: best.repId, movedFrom });
  }
  const moves = moveToFreeReps(reps, input.offered ?? [], hasRoom, cursor);
  return { offers, moves, cursor: moves.at(-1)?.toRep ?? cursor, unrouted };
}

/**
 * A number is dialed for one of the team's leads at a time, and again only after the cadence's
 * first spacing: a household two leads share (in one campaign or two) is not rung twice in a row.
 */
class NumberSpacing {
  /** The lead holding each number now: offered or being dialed. */
  private readonly holders = new Map<string, string>();

  constructor(private readonly input: RoutingInput) {
    for (const lead of input.offered ?? []) {
      if (lead.status === 'assigned' || lead.status === 'dialing') this.held(lead);
    }
  }

  waits(lead: PoolLeadState): boolean {
    const holder = this.holders.get(lead.phoneE164);
    if (holder !== undefined && holder !== lead.id) return true;
    const last = this.input.numberLastDialedAt?.(lead) ?? null;
    if (last === null) return false;
    const rules = this.input.rulesOf(lead.campaignId);
    return nextRetryAt(1, last, rules, lead.timeZone) > this.input.now;
  }

  held(lead: PoolLeadState): void {
    this.holders.set(lead.phoneE164, lead.id);
  }
}

/**
 * A free rep with nothing to dial takes an undialed lead from a rep on a call (who would dial
 * it only after the call), longest waiting first. A callback stays with the rep who promised it.
 */
function moveToFreeReps(
  reps: RoutingRep[],
  offered: readonly PoolLeadState[],
  hasRoom: (rep: RoutingRep) => boolean,
  cursor: string | null,
): MovedOffer[] {
  const onCall = new Set(
    reps.filter((rep) => rep.availability === 'on-call').map((rep) => rep.repId),
  );
  const movable = offered
    .filter(
      (lead) =>
        lead.status === 'assigned' &&
        lead.assignedRep !== null &&
        onCall.has(lead.assignedRep) &&
        lead.callbackRep !== lead.assignedRep,
    )
    .sort((a, b) => a.arrivedAt - b.arrivedAt || (a.id < b.id ? -1 : 1));
  const moves: MovedOffer[] = [];
  for (const lead of movable) {
    const free = reps.filter(
      (rep) => rep.availability === 'free' && hasRoom(rep) && worksCampaign(rep, lead.campaignId),
    );
    const taker = pickRep(free, moves.at(-1)?.toRep ?? cursor);
    if (!taker) continue;
    taker.heldOffers += 1;
    moves.push({ leadId: lead.id, fromRep: lead.assignedRep!, toRep: taker.repId });
  }
  return moves;
}

/** Free before on a call, then fewest fresh leads waiting, then the next after the cursor. */
function pickRep(candidates: RoutingRep[], cursor: string | null): RoutingRep | undefined {
  const afterCursor = (rep: RoutingRep) => (cursor === null || rep.repId > cursor ? 0 : 1);
  return candidates.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      a.freshWaiting + a.heldOffers - (b.freshWaiting + b.heldOffers) ||
      afterCursor(a) - afterCursor(b) ||
      (a.repId < b.repId ? -1 : a.repId > b.repId ? 1 : 0),
  )[0];
}

function rank(rep: RoutingRep): number {
  return rep.availability === 'free' ? 0 : 1;
}
