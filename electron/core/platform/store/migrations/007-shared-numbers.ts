import type { Migration } from './migration';

/**
 * Two people can share a number (a household, a switchboard), so a campaign may hold two leads
 * with one number: the index stays for the look-ups by number, without the uniqueness.
 */
export const sharedNumbersSchema: Migration = {
  version: 7,
  name: 'leads of different people may share a number',
  statements: [
    'DROP INDEX leads_by_campaign_phone',
    'CREATE INDEX leads_by_campaign_phone ON leads(campaign_id, phone_e164)',
  ],
};
