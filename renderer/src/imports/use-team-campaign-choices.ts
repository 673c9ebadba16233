import type { Campaign } from '../../../shared/domain/campaign';
import { ok, type Result } from '../../../shared/result';
import { getBridge } from '../bridge/get-bridge';
import { useLoaded } from '../bridge/use-loaded';
import type { LiveValue } from '../bridge/use-live-value';

/** A team campaign as the wizard offers it: where the hub puts the file's leads. */
export type TeamCampaignChoice = Pick<Campaign, 'id' | 'name'>;

/** A supervisor's team campaigns (and why they could not be read); null: a rep, no choice. */
export type TeamDestination = {
  campaigns: readonly TeamCampaignChoice[];
  problem: string | null;
} | null;

async function loadChoices(): Promise<Result<TeamCampaignChoice[]>> {
  const listed = await getBridge().floor.teamCampaigns();
  return listed.ok ? ok(listed.value.map(({ id, name }) => ({ id, name }))) : listed;
}

/** The team campaigns a supervisor may import into, read from the hub the app hosts or follows. */
export function useTeamCampaignChoices() {
  return useLoaded(loadChoices);
}

/** What the file step offers a supervisor while the list loads, once it is in, or why not. */
export function teamDestinationOf(
  listed: LiveValue<TeamCampaignChoice[]>,
): NonNullable<TeamDestination> {
  switch (listed.status) {
    case 'ready':
      return { campaigns: listed.value, problem: null };
    case 'error':
      return { campaigns: [], problem: `The team campaigns could not be read: ${listed.message}` };
    default:
      return { campaigns: [], problem: null };
  }
}
