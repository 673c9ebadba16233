import type { CallbackEvents, CallbackMethods } from './domains/callbacks';
import type { CampaignEvents, CampaignMethods } from './domains/campaigns';
import type { DncEvents, DncMethods } from './domains/dnc';
import type { ImportEvents, ImportMethods } from './domains/imports';
import type { LeadEvents, LeadMethods } from './domains/leads';

/** The lead list's domains (issue 4): imports, DNC, campaigns, callbacks, held leads. */
export interface LeadListMethods
  extends ImportMethods, DncMethods, CampaignMethods, CallbackMethods, LeadMethods {}

export interface LeadListEvents
  extends ImportEvents, DncEvents, CampaignEvents, CallbackEvents, LeadEvents {}

/** Runtime name lists for contract.ts; the mapped types reject a missing or unknown name. */
export const LEAD_LIST_METHOD_KEYS: { [M in keyof LeadListMethods]: true } = {
  'imports.begin': true,
  'imports.chunk': true,
  'imports.preview': true,
  'imports.commit': true,
  'imports.cancel': true,
  'imports.reportCsv': true,
  'dnc.list': true,
  'dnc.add': true,
  'dnc.remove': true,
  'dnc.importText': true,
  'campaigns.list': true,
  'campaigns.create': true,
  'campaigns.update': true,
  'callbacks.list': true,
  'callbacks.reschedule': true,
  'callbacks.cancel': true,
  'leads.held': true,
  'leads.resolveHold': true,
  'leads.closeHeld': true,
  'leads.search': true,
  'leads.story': true,
  'leads.edit': true,
  'leads.close': true,
  'leads.reopen': true,
  'leads.scheduleCallback': true,
  'leads.addToDnc': true,
};

export const LEAD_LIST_EVENT_KEYS: { [E in keyof LeadListEvents]: true } = {
  'imports.progress': true,
  'dnc.changed': true,
  'campaigns.changed': true,
  'callbacks.due': true,
  'leads.indexed': true,
};
