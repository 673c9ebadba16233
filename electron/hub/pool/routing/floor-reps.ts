import type { FloorRepRow } from '../../../../shared/floor/floor-view';
import type { ClaimHolder } from '../claims/sweep-claims';
import { availabilityOf, type RoutingRep } from './routing-rep';

/** The floor's reps as routing sees them: every rep works every team campaign for now. */
export function routingReps(rows: readonly FloorRepRow[]): RoutingRep[] {
  return rows.map((row) => ({
    repId: row.repId,
    availability: availabilityOf(row.connected, row.state),
    campaigns: 'all',
    freshWaiting: row.leadsWaiting?.count ?? 0,
    heldOffers: 0,
  }));
}

/** A rep the floor does not know is not live: whatever it held goes back to the pool. */
export function claimHolders(rows: readonly FloorRepRow[]): (repId: string) => ClaimHolder {
  const byId = new Map(rows.map((row) => [row.repId, row]));
  return (repId) => {
    const row = byId.get(repId);
    return { live: row?.connected ?? false, paused: row?.state === 'paused' };
  };
}
