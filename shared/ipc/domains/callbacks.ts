import type { CallbackEntry, CallbackList, CallbackReminder } from '../../domain/callback';
import type { LeadId } from '../../domain/lead';

/** Promised calls: listed, moved, cancelled; a reminder shortly before each is due. */
export interface CallbackMethods {
  'callbacks.list': () => CallbackList;
  /** `at` (epoch ms) must be in the future and inside the lead's calling window. */
  'callbacks.reschedule': (leadId: LeadId, at: number) => CallbackEntry;
  /** The lead goes back to its retry cadence (or is finished if it has no attempts left). */
  'callbacks.cancel': (leadId: LeadId, reason: string) => void;
}

export interface CallbackEvents {
  'callbacks.due': CallbackReminder;
}
