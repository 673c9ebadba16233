import type { HeldLeadPage, Lead, LeadId } from '../../domain/lead';
import type { LeadSearchPage, LeadSearchQuery } from '../../domain/lead-search';
import type { LeadEdit, LeadStory } from '../../domain/lead-story';

/** Leads held for review (an ambiguous or unknown time zone) until a person decides. */
export interface LeadMethods {
  'leads.held': (query: { offset: number; limit: number }) => HeldLeadPage;
  /** Gives the lead its IANA zone and releases it into the queue. */
  'leads.resolveHold': (leadId: LeadId, timeZone: string) => Lead;
  /** Finishes the lead without dialing it; the reason is kept as its last note. */
  'leads.closeHeld': (leadId: LeadId, reason: string) => Lead;
  /** Every lead of every campaign, by any part of its name, company, email, phone, id, source. */
  'leads.search': (query: LeadSearchQuery) => LeadSearchPage;
  /** The lead's page: fields, attempts, changes, DNC state, where it stands in the queue. */
  'leads.story': (leadId: LeadId) => LeadStory;
  /** Each action below is kept with who and when, and answers with the lead's page. */
  'leads.edit': (leadId: LeadId, edit: LeadEdit) => LeadStory;
  'leads.close': (leadId: LeadId, reason: string) => LeadStory;
  'leads.reopen': (leadId: LeadId, reason: string) => LeadStory;
  'leads.scheduleCallback': (leadId: LeadId, at: number) => LeadStory;
  'leads.addToDnc': (leadId: LeadId, reason: string) => LeadStory;
}

export interface LeadEvents {
  /** The search index took in the leads added since it last caught up: searches see them now. */
  'leads.indexed': { leads: number };
}
