import type { TeamCampaign } from '../../../../shared/domain/team-campaign';
import type { FloorRepRow } from '../../../../shared/floor/floor-view';
import type { ClaimHolder } from '../claims/sweep-claims';
import { availabilityOf, type RoutingRep } from './routing-rep';

export type CampaignReps = Pick<TeamCampaign, 'id' | 'repIds'>;

/** The floor's reps as routing sees them, each with the team campaigns they work. */
export function routingReps(
  rows: readonly FloorRepRow[],
  campaigns: readonly CampaignReps[],
): RoutingRep[] {
  return rows.map((row) => ({
    repId: row.repId,
    availability: availabilityOf(row.connected, row.state),
    campaigns: campaignsWorkedBy(row.repId, campaigns),
    freshWaiting: row.leadsWaiting?.count ?? 0,
    heldOffers: 0,
  }));
}

/**
 * Every campaign unless one names its reps and leaves this rep out: then the campaigns that
 * leave the rep in (a lead of a campaign the hub lacks goes to the reps who work them all).
 */
export function campaignsWorkedBy(
  repId: string,
  campaigns: readonly CampaignReps[],
): ReadonlySet<string> | 'all' {
  const works = (campaign: CampaignReps) =>
    campaign.repIds === null || campaign.repIds.includes(repId);
  if (campaigns.every(works)) return 'all';
  return new Set(campaigns.filter(works).map((campaign) => campaign.id));
}

/** A rep the floor does not know is not live: whatever it held goes back to the pool. */
export function claimHolders(rows: readonly FloorRepRow[]): (repId: string) => ClaimHolder {
  const byId = new Map(rows.map((row) => [row.repId, row]));
  return (repId) => {
    const row = byId.get(repId);
    return { live: row?.connected ?? false, paused: row?.state === 'paused' };
  };
}
