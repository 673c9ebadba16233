import type { CampaignDispositions } from '../../../shared/ipc/domains/outcomes';
import type { CampaignService } from '../campaigns';
import type { SessionService } from '../dialing';
import type { DispositionBook } from '../dispositions';
import type { EventHub } from '../platform/events/event-hub';

/** The campaigns' own outcome lists as the renderer reads them. */
export function campaignDispositions(dispositions: DispositionBook): CampaignDispositions {
  return Object.fromEntries(
    [...dispositions.byCampaign()].map(([id, list]) => [id, list.map((d) => ({ ...d }))]),
  );
}

/**
 * The team campaigns changed in the rep's store: the session takes their outcomes (at once when
 * idle, after the call otherwise), and the campaign list and outcome keys on screen follow.
 */
export async function followTeamCampaigns(parts: {
  dispositions: DispositionBook;
  session: SessionService;
  events: EventHub;
  campaignList: CampaignService;
}): Promise<void> {
  const { dispositions, session, events, campaignList } = parts;
  await dispositions.reloadCampaignLists();
  session.reconfigure();
  events.emit('dispositions.campaignsChanged', campaignDispositions(dispositions));
  events.emit('campaigns.changed', await campaignList.list());
}
