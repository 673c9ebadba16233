import type { Attempt } from '../../../../shared/domain/attempt';
import type { Disposition } from '../../../../shared/domain/disposition';
import type { Lead, LeadId } from '../../../../shared/domain/lead';
import type { QueueEntry } from '../../../../shared/domain/queue';

/** The lead the queue puts in front of the rep, with the plain-words reason it is next. */
export type LeadOffer = QueueEntry;

/** until: the refused lead may be dialed from then on (its number's spacing has passed). */
export type Dialability = { ok: true } | { ok: false; reason: string; until?: number };

/** rep: the rep chose to pass · dial-check: the dial-time check refused the lead. */
export interface LeadSkip {
  by: 'rep' | 'dial-check';
  reason: string;
  /** The lead is held back until then (the dial-time check knows when it may be dialed). */
  until?: number;
}

/**
 * Everything the session reads from or writes to the store, for one rep. Each write resolves only
 * once it is durable and rejects (with a message a person can act on) when it is not; the session
 * keeps a consistent state either way. Attempts are passed whole, so every write is idempotent and
 * the last one always carries all the facts of the call.
 *
 * Lead locks: nextLead locks the lead it offers for this rep, and never offers a lead this rep
 * already holds. The lock ends with skipLead, releaseLead or recordOutcome; undoOutcome takes it
 * again (the rep is back in that lead's wrap-up).
 */
export interface SessionPorts {
  /** The queue's next callable lead for this rep, locked for them; null when nothing is callable. */
  nextLead(): Promise<LeadOffer | null>;
  /**
   * The lead the rep chose (a callback from its reminder), locked for them as nextLead would;
   * refused when it does not exist, is finished or is already held.
   */
  takeLead(leadId: LeadId): Promise<LeadOffer>;
  /**
   * The dial-time re-check (DNC list, calling window, lead status) right before the call. A lead
   * the rep chose may be dialed before its callback is due; nothing else gives way.
   */
  isDialable(lead: Lead, chosenByRep: boolean): Promise<Dialability>;
  /** The lead is passed over and unlocked; the queue decides when it comes round again. */
  skipLead(leadId: LeadId, skip: LeadSkip): Promise<void>;
  /** Unlocks a lead the session no longer holds (pause, stop), leaving it as it was. */
  releaseLead(leadId: LeadId): Promise<void>;
  /** Stores a new attempt before its number is dialed. */
  startAttempt(attempt: Attempt): Promise<void>;
  /** Stores the call facts so far: ring, answer, end, end reason, talk seconds, provider call id. */
  saveCallProgress(attempt: Attempt): Promise<void>;
  /** Stores the outcome, note and callback time on the attempt and applies the disposition to the lead. */
  recordOutcome(attempt: Attempt, disposition: Disposition): Promise<void>;
  /**
   * The rep skipped a lead whose call nobody answered: the attempt's outcome and the skip in one
   * write. It replaces no undo: the outcome before it can still be taken back.
   */
  skipCall(attempt: Attempt, disposition: Disposition, skip: LeadSkip): Promise<void>;
  /** Takes back the outcome recorded on this attempt and restores its lead to how it was before. */
  undoOutcome(attemptId: string): Promise<void>;
}
