import type { Migration } from './migration';

/**
 * Team campaigns mirrored from the hub (electron/core/team/campaigns): a campaign row with a team
 * version is the supervisor's, followed and never edited here; its outcomes are the dispositions
 * rows under its id. NULL: the rep's own campaign.
 */
export const teamCampaignsSchema: Migration = {
  version: 11,
  name: 'team campaigns mirrored from the hub',
  statements: [
    `ALTER TABLE campaigns ADD COLUMN team_version INTEGER`,
    `ALTER TABLE campaigns ADD COLUMN team_updated_by TEXT`,
  ],
};
