import { DomainError } from '../../../shared/result';
import type { Disposition } from '../../../shared/domain/disposition';
import type { Lead, LeadStatus } from '../../../shared/domain/lead';
import { nextRetryAt } from './cadence';
import {
  describeCallingWindow,
  formatLocalDateTime,
  formatLocalTime,
  isWithinCallingWindow,
  nextWindowOpening,
} from './calling-window';
import type { CampaignRules } from './campaign-rules';
import { MINUTE_MS } from '../../../shared/clock';
import { isKnownTimeZone } from './time-zone';

/** Why a lead left the queue for good. */
export type ClosedReason = 'final-outcome' | 'do-not-call' | 'max-attempts';

export type OutcomeLead = Pick<
  Lead,
  'status' | 'timeZone' | 'attemptCount' | 'firstAttemptAt' | 'lastAttemptAt'
>;

/** The lead's new queue fields after an outcome, and what else the store must do. */
export interface OutcomeUpdate {
  status: LeadStatus;
  attemptCount: number;
  firstAttemptAt: number;
  lastAttemptAt: number;
  nextEligibleAt: number | null;
  callbackAt: number | null;
  lastOutcome: string;
  /** The store adds the lead's number to the DNC list in the same transaction. */
  addToDncList: boolean;
  closedReason: ClosedReason | null;
}

/**
 * The lead after the outcome of one attempt, recorded at `now` (the attempt is counted here).
 * The first flag that applies wins: dnc, final, callback, retry. A disposition with none of them
 * follows the cadence like a retry, so no outcome can strand a lead outside the queue.
 * Throws DomainError('invalid-argument') for a callback without a usable time.
 */
export function applyOutcome(
  lead: OutcomeLead,
  disposition: Disposition,
  now: number,
  rules: CampaignRules,
  callbackAt?: number | null,
): OutcomeUpdate {
  const attemptCount = lead.attemptCount + 1;
  const base = {
    attemptCount,
    firstAttemptAt: lead.firstAttemptAt ?? now,
    lastAttemptAt: now,
    lastOutcome: disposition.code,
    nextEligibleAt: null,
    callbackAt: null,
    addToDncList: false,
    closedReason: null,
  };
  const { flags } = disposition;
  if (flags.dnc) {
    return { ...base, status: 'dnc', addToDncList: true, closedReason: 'do-not-call' };
  }
  if (flags.final) return { ...base, status: 'done', closedReason: 'final-outcome' };
  if (flags.callback) {
    return {
      ...base,
      status: 'callback',
      callbackAt: checkCallbackTime(lead, now, rules, callbackAt),
    };
  }
  if (attemptCount >= rules.cadence.maxAttempts) {
    return { ...base, status: 'done', closedReason: 'max-attempts' };
  }
  const nextEligibleAt =
    disposition.retryAfterMinutes !== null
      ? now + disposition.retryAfterMinutes * MINUTE_MS
      : nextRetryAt(attemptCount, now, rules, lead.timeZone);
  return { ...base, status: 'retry', nextEligibleAt };
}

/**
 * A callback time the lead can be called at: given, not in the past, inside the lead's calling
 * window (the message names the next allowed time). Throws DomainError('invalid-argument').
 */
export function checkCallbackTime(
  lead: Pick<OutcomeLead, 'timeZone'>,
  now: number,
  rules: CampaignRules,
  callbackAt: number | null | undefined,
): number {
  if (callbackAt === undefined || callbackAt === null || !Number.isFinite(callbackAt)) {
    throw new DomainError('invalid-argument', 'A callback needs a time.');
  }
  if (callbackAt < now) {
    throw new DomainError('invalid-argument', 'The callback time is in the past.');
  }
  const zone = lead.timeZone;
  if (isKnownTimeZone(zone) && !isWithinCallingWindow(zone, callbackAt, rules.callingWindow)) {
    const allowed = nextWindowOpening(zone, callbackAt, rules.callingWindow);
    throw new DomainError(
      'invalid-argument',
      `A callback at ${formatLocalTime(callbackAt, zone)} in ${zone} is outside the calling window ${describeCallingWindow(rules.callingWindow)}; the next allowed time is ${formatLocalDateTime(allowed, zone)}.`,
    );
  }
  return callbackAt;
}
