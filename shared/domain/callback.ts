import type { Lead, LeadId } from './lead';

/** A promised call: the lead, when it is due and the note taken when it was promised. */
export interface CallbackEntry {
  lead: Lead;
  dueAt: number;
  note: string | null;
  /** Past due at the time of the listing. */
  overdue: boolean;
}

export interface CallbackList {
  /** Oldest promise first. */
  overdue: CallbackEntry[];
  /** Soonest first. */
  upcoming: CallbackEntry[];
}

/** Pushed as `callbacks.due` a few minutes (setting `callbackReminderMinutes`) before the time. */
export interface CallbackReminder {
  leadId: LeadId;
  name: string;
  dueAt: number;
  /** The lead's zone, for showing the promise on the lead's clock; null if unknown. */
  timeZone: string | null;
  note: string | null;
}
