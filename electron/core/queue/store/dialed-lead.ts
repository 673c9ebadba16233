import type { LeadTiming } from '../../../../shared/kpi';
import type { DialCheckRow } from './lead-queue-reads';

/**
 * Where a dialed lead came from and the campaign it is dialed in (a team campaign's id is the
 * hub's): the floor reports both with every attempt, so the team's reports group by them.
 */
export interface DialedLeadOrigin {
  source: string | null;
  campaign: { id: string; name: string };
}

/** A dialed lead as the KPIs and the floor count its attempt. */
export type DialedLead = LeadTiming & DialedLeadOrigin;

export function dialedLeadOrigin(
  row: Pick<DialCheckRow, 'source' | 'campaign_id' | 'campaign_name'>,
): DialedLeadOrigin {
  return {
    source: row.source?.trim() || null,
    // A lead's campaign row is never deleted; its id stands in should one be missing.
    campaign: { id: row.campaign_id, name: row.campaign_name ?? row.campaign_id },
  };
}
