import type { CallEndReason } from '../../../shared/domain/call';

/** The outcome codes the session records by itself; the disposition list must contain them. */
export const AUTOMATIC_OUTCOME_CODES = ['no-answer', 'busy', 'failed'] as const;
export type AutomaticOutcomeCode = (typeof AUTOMATIC_OUTCOME_CODES)[number];

/**
 * The outcome of a call that ended before anyone was put through to the rep. A machine or a
 * provider-detected voicemail counts as no-answer: nobody was reached and nothing was left for
 * them ('voicemail-left' is the rep's claim to make, never the system's).
 */
export function automaticOutcomeFor(reason: CallEndReason): AutomaticOutcomeCode {
  switch (reason) {
    case 'busy':
      return 'busy';
    case 'failed':
    case 'canceled':
      return 'failed';
    case 'no-answer':
    case 'voicemail':
    case 'hangup-remote':
    case 'hangup-local':
      return 'no-answer';
  }
}
