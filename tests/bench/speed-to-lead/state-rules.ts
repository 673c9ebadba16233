import { callingRegionsOf } from '../../../shared/compliance/calling-regions';
import type { CallingWindow } from '../../../electron/core/queue/campaign-rules';
import {
  RuleBook,
  callingRulesHold,
  capHolding,
  shippedCallingRules,
  type LeadCallingRules,
} from '../../../electron/core/queue/calling-rules';
import type { LeadSpec } from './scenario';

const book = new RuleBook(shippedCallingRules());
const ruled = new Set(
  book
    .all()
    .filter((rule) => rule.region !== null)
    .map((rule) => `${rule.country} ${rule.region}`),
);

/** The calling rules the app applies to a lead (its stored calling_regions, read by the book). */
export function appCallingRules(lead: LeadSpec): LeadCallingRules {
  return book.forRegions(
    callingRegionsOf(
      { phoneE164: lead.phoneE164, country: lead.country, region: lead.region, postalCode: null },
      ruled,
    ),
  );
}

/**
 * The session's calling-rules gate, as the app runs it after isCallable at every dial: the
 * rules' hours and no-call days in the lead's zone, and the number's cap over its dials.
 */
export function appRulesAllow(
  lead: LeadSpec,
  now: number,
  window: CallingWindow,
  dialsOfNumber: readonly number[],
): boolean {
  if (lead.timeZone === null) return false;
  const question = { timeZone: lead.timeZone, window, dialsOfNumber, now };
  return callingRulesHold({ ...question, calling: appCallingRules(lead) }) === null;
}

/**
 * As the app's outcome write: a retry of a number at its cap is not due before the cap opens.
 */
export function appRetryNotBefore(
  lead: LeadSpec,
  dialsOfNumber: readonly number[],
  at: number,
): number | null {
  return capHolding(appCallingRules(lead).rules, dialsOfNumber, at)?.opensAt ?? null;
}
