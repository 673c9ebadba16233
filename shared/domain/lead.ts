export type LeadId = number;

/**
 * new: never dialed · retry: dialed, may be dialed again after nextEligibleAt ·
 * callback: a promised call at callbackAt · done: finished (final outcome) ·
 * dnc: must never be called · held: needs review before it may be dialed (e.g. ambiguous time zone).
 */
export type LeadStatus = 'new' | 'retry' | 'callback' | 'done' | 'dnc' | 'held';

export interface Lead {
  id: LeadId;
  campaignId: string;
  firstName: string;
  lastName: string;
  company: string;
  phoneE164: string;
  phoneExtension: string | null;
  email: string | null;
  /** IANA zone, e.g. America/Chicago; null until resolved. */
  timeZone: string | null;
  region: string | null;
  postalCode: string | null;
  /** ISO 3166-1 alpha-2. */
  country: string | null;
  /** When the lead arrived (the CRM's created date): the start of the speed-to-lead clock. */
  createdAt: number;
  importedAt: number;
  owner: string | null;
  notes: string | null;
  /** Where the lead came from, its channel ("Web form", "Facebook ad"): reports group by it. */
  source: string | null;
  /** Imported columns without a dedicated field, usable as script merge fields. */
  custom: Record<string, string>;
  status: LeadStatus;
  attemptCount: number;
  firstAttemptAt: number | null;
  lastAttemptAt: number | null;
  nextEligibleAt: number | null;
  callbackAt: number | null;
  lastOutcome: string | null;
  lastNote: string | null;
  holdReason: string | null;
}

export function leadDisplayName(lead: Pick<Lead, 'firstName' | 'lastName' | 'company'>): string {
  const name = `${lead.firstName} ${lead.lastName}`.trim();
  return name || lead.company || 'Unnamed lead';
}

/** Leads held for review, a page at a time. */
export interface HeldLeadPage {
  total: number;
  /** Oldest first; each has its holdReason. */
  leads: Lead[];
}
