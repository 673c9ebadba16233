import type { ClaimPolicy } from './claim-policy';
import { expireClaim, releaseClaim, renewClaim, type ReleaseReason } from './claim-transitions';
import type { PoolLeadState } from './pool-lead-state';

/** What the hub knows of a rep holding leads, across every node. */
export interface ClaimHolder {
  live: boolean;
  paused: boolean;
}

export interface ClaimChange {
  after: PoolLeadState;
  /** The rep who held the lead before this change. */
  repId: string;
  /** The offer the rep loses, and why; null when the rep keeps the lead. */
  revoked: { offerId: string; reason: ReleaseReason } | null;
}

/**
 * One pass over the leads reps hold (assigned or dialing): an offer whose rep is gone or paused
 * or whose time ran out goes back to the pool; a dialed lead whose rep is gone past the hold
 * counts as attempted; everything a live rep holds is renewed. Unchanged leads are left out.
 */
export function sweepClaims(
  held: readonly PoolLeadState[],
  now: number,
  holderOf: (repId: string) => ClaimHolder,
  policyOf: (campaignId: string) => ClaimPolicy,
  maxAttemptsOf: (campaignId: string) => number,
): ClaimChange[] {
  const changes: ClaimChange[] = [];
  for (const lead of held) {
    const repId = lead.assignedRep;
    if (repId === null || (lead.status !== 'assigned' && lead.status !== 'dialing')) continue;
    const holder = holderOf(repId);
    const policy = policyOf(lead.campaignId);
    const offerId = `${lead.id}:${lead.assignment}`;
    if (lead.status === 'assigned' && (!holder.live || holder.paused)) {
      const reason: ReleaseReason = holder.live ? 'paused' : 'disconnected';
      changes.push({ after: releaseClaim(lead, reason), repId, revoked: { offerId, reason } });
      continue;
    }
    const expired = expireClaim(lead, now, maxAttemptsOf(lead.campaignId));
    if (expired) {
      const revoked = expired.released === 'offer' ? { offerId, reason: 'expired' as const } : null;
      changes.push({ after: expired.lead, repId, revoked });
      continue;
    }
    if (!holder.live) continue;
    const renewed = renewClaim(lead, now, policy);
    if (renewed !== lead) changes.push({ after: renewed, repId, revoked: null });
  }
  return changes;
}
