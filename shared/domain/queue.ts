import type { Lead } from './lead';

/** A lead as the queue offers it, with the plain-words reason it is next. */
export interface QueueEntry {
  lead: Lead;
  reason: string;
}

export interface QueueSummary {
  /** Leads that may be dialed now or later: not finished, not held, number not on the DNC list. */
  count: number;
  /** What the session dials next, then after it, in the queue policy's order, with its reasons. */
  next: QueueEntry | null;
  upcoming: QueueEntry[];
  /** Leads held for review (e.g. an ambiguous time zone): never dialed until resolved. */
  held: number;
  /**
   * When leads are queued but none may be dialed now: the calling window that opens first, in
   * the zone it opens in. Null when something is callable, or when the zones with leads are open
   * and their leads wait for a callback time or their retry spacing.
   */
  nextWindow: { opensAt: number; timeZone: string; rule: string | null } | null;
  /**
   * Queued leads a state's or country's calling rule holds while the campaign's window is open
   * for their zone, each in words: "Florida: 8 AM–8 PM, 3 calls a day; next at 8:00 AM tomorrow
   * their time". Earliest opening first.
   */
  ruleHolds: { text: string; opensAt: number | null; rule: string }[];
}
