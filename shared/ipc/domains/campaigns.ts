import type { Campaign, CampaignPatch } from '../../domain/campaign';

/** Campaigns: a lead list with its rules and script (dispositions are shared by all campaigns). */
export interface CampaignMethods {
  'campaigns.list': () => Campaign[];
  'campaigns.create': (name: string) => Campaign;
  /** Rules are checked with the queue's schema; an error names every problem. */
  'campaigns.update': (id: string, patch: CampaignPatch) => Campaign;
}

export interface CampaignEvents {
  'campaigns.changed': Campaign[];
}
