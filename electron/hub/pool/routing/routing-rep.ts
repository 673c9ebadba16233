import type { SessionStateName } from '../../../../shared/domain/session';

/** How soon a rep will dial what they are given, from their session state on the floor. */
export type RepAvailability = 'free' | 'on-call' | 'paused' | 'offline';

export interface RoutingRep {
  repId: string;
  availability: RepAvailability;
  /** The team campaigns the rep works: all of them unless the supervisor narrowed it. */
  campaigns: ReadonlySet<string> | 'all';
  /** Never-dialed leads waiting in the rep's own queue (their lead-waiting report). */
  freshWaiting: number;
  /** Pool leads offered to the rep and not dialed yet. */
  heldOffers: number;
}

/** Idle, previewing or wrapping up dials next; a rep on a call dials after it. */
export function availabilityOf(
  connected: boolean,
  state: SessionStateName | null,
): RepAvailability {
  if (!connected) return 'offline';
  switch (state) {
    case 'paused':
      return 'paused';
    case 'dialing':
    case 'ringing':
    case 'connected':
      return 'on-call';
    case null:
    case 'idle':
    case 'preview':
    case 'wrap-up':
      return 'free';
  }
}

export function worksCampaign(rep: RoutingRep, campaignId: string): boolean {
  return rep.campaigns === 'all' || rep.campaigns.has(campaignId);
}

export function isWorking(rep: Pick<RoutingRep, 'availability'>): boolean {
  return rep.availability === 'free' || rep.availability === 'on-call';
}
