import type { Disposition } from '../../../shared/domain/disposition';
import type { SessionSnapshot } from '../../../shared/domain/session';
import type { CampaignDispositions } from '../../../shared/ipc/domains/outcomes';
import type { DialdeckApi } from '../../../shared/ipc/contract';
import { useLiveValue } from '../bridge/use-live-value';

const loadDispositions = (api: DialdeckApi) => api.dispositions.list();
const loadCampaignDispositions = (api: DialdeckApi) => api.dispositions.byCampaign();

/** The rep's own outcomes and their hotkeys, replaced when they are edited. */
export function useDispositions() {
  return useLiveValue('dispositions.changed', loadDispositions);
}

/** The outcomes of campaigns that have their own (the team's), replaced when the hub changes them. */
export function useCampaignDispositions() {
  return useLiveValue('dispositions.campaignsChanged', loadCampaignDispositions);
}

/** The outcomes of the lead on screen: its campaign's own, else the rep's list. */
export function outcomesOfLead(
  session: SessionSnapshot,
  own: readonly Disposition[],
  byCampaign: CampaignDispositions | null,
): readonly Disposition[] {
  const campaignId = session.offer?.lead.campaignId;
  return (campaignId !== undefined ? byCampaign?.[campaignId] : undefined) ?? own;
}
