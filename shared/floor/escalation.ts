import type { SessionStateName } from '../domain/session';

/**
 * The call an escalation is about, as the rep's app saw it when the rep pressed E: the hub has no
 * copy of the rep's leads, so the supervisor's card is drawn from this.
 */
export interface EscalatedCall {
  leadName: string;
  /** E.164. */
  phone: string;
  /** Where the lead came from (its imported source column); null when it has none. */
  source: string | null;
  /** The rep's session state when they escalated. */
  state: SessionStateName;
  /** When the call was placed, answered and ended; null for what had not happened (yet). */
  startedAt: number | null;
  answeredAt: number | null;
  endedAt: number | null;
}

/**
 * What a supervisor can answer: seen it · "I'll call them" (the supervisor calls the lead back) ·
 * a short reply in words. Transferring the live call is not offered: no line Dialdeck drives
 * (simulated, Twilio, SIP) can transfer a call yet.
 */
export const ESCALATION_ANSWER_KINDS = ['acknowledged', 'will-call', 'reply'] as const;
export type EscalationAnswerKind = (typeof ESCALATION_ANSWER_KINDS)[number];
export const MAX_ESCALATION_REPLY = 280;

export interface EscalationAnswerInput {
  kind: EscalationAnswerKind;
  /** The reply's words (kind 'reply' only). */
  text: string | null;
}

export interface EscalationAnswer extends EscalationAnswerInput {
  by: string;
  at: number;
}

/** One of the rep's escalations as the hub pushes it back to the rep's app. */
export interface RepEscalation {
  escalationId: string;
  raisedAt: number;
  /** null while no supervisor has answered. */
  answer: EscalationAnswer | null;
}

/** "I'll call them", "Acknowledged", or the reply itself: what the rep reads. */
export function answerText(answer: EscalationAnswerInput): string {
  switch (answer.kind) {
    case 'acknowledged':
      return 'Acknowledged';
    case 'will-call':
      return "I'll call them";
    case 'reply':
      return answer.text ?? '';
  }
}
