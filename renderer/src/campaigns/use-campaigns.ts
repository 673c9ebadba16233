import { useCallback } from 'react';
import { getBridge } from '../bridge/get-bridge';
import { useLoaded } from '../bridge/use-loaded';

/** The campaigns, read on demand (reload after a change). */
export function useCampaigns() {
  const load = useCallback(() => getBridge().campaigns.list(), []);
  return useLoaded(load);
}
