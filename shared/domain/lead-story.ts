import type { Attempt } from './attempt';
import type { DncEntry } from './dnc';
import type { Lead, LeadId } from './lead';

/** A change a person made to a lead: who, when, what (field: [before, after]) and why. */
export interface LeadChange {
  at: number;
  by: string | null;
  action: 'edited' | 'closed' | 'reopened' | 'callback' | 'dnc';
  fields: Record<string, [string | null, string | null]>;
  reason: string | null;
}

export interface CallbackChange {
  at: number;
  by: string | null;
  action: string;
  dueBefore: number | null;
  dueAfter: number | null;
  reason: string | null;
}

/**
 * Where the lead stands in the queue, in words. `ahead`: leads the session dials first when it
 * is callable now (0: it is next); null when it is not callable now.
 */
export interface QueueStanding {
  callable: boolean;
  ahead: number | null;
  text: string;
}

/** Everything about one lead: the lead's page. */
export interface LeadStory {
  lead: Lead;
  campaignName: string;
  /** Newest first. */
  attempts: Attempt[];
  callbackChanges: CallbackChange[];
  changes: LeadChange[];
  dnc: DncEntry | null;
  queue: QueueStanding;
  /** The calling rules that apply to the lead, each in words ("Florida: 8 AM–8 PM, 3 calls a day"). */
  callingRules: string[];
}

/** The fields a person may edit; a phone is given as typed and normalized by the core. */
export interface LeadEdit {
  firstName?: string;
  lastName?: string;
  company?: string;
  phone?: string;
  email?: string | null;
  region?: string | null;
  postalCode?: string | null;
  country?: string | null;
  owner?: string | null;
  notes?: string | null;
  /** Where the lead came from ("Web form"); blank clears it. */
  source?: string | null;
}

export interface LeadActionResult {
  leadId: LeadId;
  story: LeadStory;
}
