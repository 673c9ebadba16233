import type { Handlers } from '../../platform/ipc/dispatcher';
import type { LeadListMethods } from '../../../../shared/ipc/lead-list-contract';
import type { LeadListServices } from './lead-list-services';

type LeadListHandlers = Pick<Handlers, keyof LeadListMethods>;

/** imports.*, dnc.*, campaigns.*, callbacks.*, leads.*: each a call on one service. */
export function leadListHandlers(services: LeadListServices): LeadListHandlers {
  const { imports, dnc, campaignList, callbacks, heldLeads, search, stories, edits } = services;
  const story = (leadId: number) => stories.story(leadId);
  // An action answers with the lead's page as it is after the action.
  const thenStory = (leadId: number, done: Promise<void>) => done.then(() => story(leadId));
  return {
    'imports.begin': (fileName, sizeBytes, options) => imports.begin(fileName, sizeBytes, options),
    'imports.chunk': (importId, base64) => imports.chunk(importId, base64),
    'imports.preview': (importId) => imports.preview(importId),
    'imports.commit': (importId, override) => imports.commit(importId, override),
    'imports.cancel': (importId) => imports.cancel(importId),
    'imports.reportCsv': (importId) => imports.reportCsv(importId),
    'dnc.list': (query) => dnc.list(query),
    'dnc.add': (phone, reason) => dnc.add(phone, reason),
    'dnc.remove': (phone, reason) => dnc.remove(phone, reason),
    'dnc.importText': (text, reason) => dnc.importText(text, reason),
    'campaigns.list': () => campaignList.list(),
    'campaigns.create': (name) => campaignList.create(name),
    'campaigns.update': (id, patch) => campaignList.update(id, patch),
    'callbacks.list': () => callbacks.list(),
    'callbacks.reschedule': (leadId, at) => callbacks.reschedule(leadId, at),
    'callbacks.cancel': (leadId, reason) => callbacks.cancel(leadId, reason),
    'leads.held': (query) => heldLeads.page(query.offset, query.limit),
    'leads.resolveHold': (leadId, timeZone) => heldLeads.resolve(leadId, timeZone),
    'leads.closeHeld': (leadId, reason) => heldLeads.close(leadId, reason),
    'leads.search': (query) => search.search(query),
    'leads.story': story,
    'leads.edit': (leadId, edit) => thenStory(leadId, edits.edit(leadId, edit)),
    'leads.close': (leadId, reason) => thenStory(leadId, edits.close(leadId, reason)),
    'leads.reopen': (leadId, reason) => thenStory(leadId, edits.reopen(leadId, reason)),
    'leads.scheduleCallback': (leadId, at) => thenStory(leadId, edits.scheduleCallback(leadId, at)),
    'leads.addToDnc': (leadId, reason) => thenStory(leadId, edits.addToDnc(leadId, reason)),
  };
}
