import type { Lead } from './lead';

/** A lead as the queue offers it, with the plain-words reason it is next. */
export interface QueueEntry {
  lead: Lead;
  reason: string;
}

export interface QueueSummary {
  /** Leads that may be dialed now or later (not finished, not on the DNC list). */
  count: number;
  next: QueueEntry | null;
  upcoming: QueueEntry[];
}
