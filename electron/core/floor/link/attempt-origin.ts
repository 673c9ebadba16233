import type { AttemptEventBody } from '../../../../shared/floor/protocol';
import type { DialedLeadOrigin } from '../../queue/store';
import { clip } from './state-event';

/** The lead's source and campaign as every attempt event carries them, for the team's reports. */
export function attemptOrigin(
  origin: DialedLeadOrigin,
): Pick<AttemptEventBody, 'source' | 'campaign'> {
  return {
    source: clip(origin.source),
    campaign: { id: clip(origin.campaign.id), name: clip(origin.campaign.name) },
  };
}
