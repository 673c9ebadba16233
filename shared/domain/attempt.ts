import type { AnsweredBy, CallEndReason } from './call';
import type { LeadId } from './lead';

/** One dial. Times are epoch milliseconds. */
export interface Attempt {
  id: string;
  leadId: LeadId;
  campaignId: string;
  repId: string;
  startedAt: number;
  ringingAt: number | null;
  answeredAt: number | null;
  /**
   * Who the line says answered: a person or a machine; null when nobody did. Kept beside the
   * outcome the rep chose, so the two can be compared.
   */
  answeredBy: AnsweredBy | null;
  endedAt: number | null;
  talkSeconds: number;
  endReason: CallEndReason | null;
  outcomeCode: string | null;
  /**
   * The outcome is a contact or a conversion, but no person was on the line (kept only where the
   * settings allow it): it counts in no KPI and on no floor. False without an outcome.
   */
  notOnTheLine: boolean;
  note: string | null;
  callbackAt: number | null;
  provider: string;
  /** The caller ID this dial presented (E.164, local presence's choice); null: the line's own. */
  presentedCallerId: string | null;
  providerCallId: string | null;
  recordedAt: number | null;
}

/** Who an attempt called, for the call log. */
export interface AttemptLead {
  firstName: string;
  lastName: string;
  company: string;
  phoneE164: string;
}

/** An attempt with its lead's name and number; lead is null if the lead is gone. */
export interface AttemptLogEntry extends Attempt {
  lead: AttemptLead | null;
}
