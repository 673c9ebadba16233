import { useCallback, useEffect } from 'react';
import { getBridge } from '../bridge/get-bridge';
import { useLoaded } from '../bridge/use-loaded';

/** The campaigns, read again whenever one changes (here or in another window). */
export function useCampaigns() {
  const load = useCallback(() => getBridge().campaigns.list(), []);
  const campaigns = useLoaded(load);
  const { reload } = campaigns;
  useEffect(() => getBridge().events.subscribe('campaigns.changed', reload), [reload]);
  return campaigns;
}
