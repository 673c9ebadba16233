import type { Migration } from './migration';

/**
 * Two indexes of the leads table that no query needs any more, dropped so that every lead written
 * (an import writes 100k at once) keeps five indexes up to date instead of seven. leads_by_phone
 * served only the queue summary's count of queued numbers on the DNC list, which now seeks
 * leads_by_campaign_phone per campaign and listed number; leads_by_status_created served the held
 * counts, which read the held leads' own index (leads_held).
 */
export const leanLeadIndexesSchema: Migration = {
  version: 5,
  name: 'drop leads_by_phone and leads_by_status_created',
  statements: ['DROP INDEX leads_by_phone', 'DROP INDEX leads_by_status_created'],
};
