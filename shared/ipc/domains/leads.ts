import type { HeldLeadPage, Lead, LeadId } from '../../domain/lead';

/** Leads held for review (an ambiguous or unknown time zone) until a person decides. */
export interface LeadMethods {
  'leads.held': (query: { offset: number; limit: number }) => HeldLeadPage;
  /** Gives the lead its IANA zone and releases it into the queue. */
  'leads.resolveHold': (leadId: LeadId, timeZone: string) => Lead;
  /** Finishes the lead without dialing it; the reason is kept as its last note. */
  'leads.closeHeld': (leadId: LeadId, reason: string) => Lead;
}
