import type { CallingRule } from '../../../../shared/domain/calling-rules';
import type { CallingWindow } from '../campaign-rules';
import { capHolding } from './number-cap';
import type { LeadCallingRules } from './rule-book';
import { nextOpeningUnderRules, ruleHoldingHours } from './rule-hours';

export type CallingRuleHold =
  | { reason: 'unknown-calling-region'; rule: null; opensAt: null; detail: string }
  | {
      reason: 'outside-calling-rules' | 'attempt-cap-reached';
      rule: CallingRule;
      /** When the lead may be called again under every rule and the campaign's window. */
      opensAt: number | null;
    };

export interface CallingRulesQuestion {
  calling: LeadCallingRules;
  timeZone: string;
  window: CallingWindow;
  /** The number's dials in the last 24 hours at least, across campaigns (and the team's). */
  dialsOfNumber: readonly number[];
  now: number;
}

/**
 * The calling rules' part of the gate: a lead whose state is unknown where the country has rules
 * by state is held; otherwise every rule's hours and no-call days, and the strictest cap of dials
 * to the number in 24 hours. Null when the rules allow the call now.
 */
export function callingRulesHold(question: CallingRulesQuestion): CallingRuleHold | null {
  const { calling, timeZone, window, dialsOfNumber, now } = question;
  if (calling.missingRegion) {
    return {
      reason: 'unknown-calling-region',
      rule: null,
      opensAt: null,
      detail: `Its calling rules are unknown: ${calling.missingRegion}.`,
    };
  }
  const hours = ruleHoldingHours(calling.rules, timeZone, now);
  if (hours) {
    return {
      reason: 'outside-calling-rules',
      rule: hours.rule,
      opensAt: nextOpeningUnderRules(calling.rules, window, timeZone, now),
    };
  }
  const cap = capHolding(calling.rules, dialsOfNumber, now);
  if (cap) {
    return {
      reason: 'attempt-cap-reached',
      rule: cap.rule,
      opensAt: nextOpeningUnderRules(calling.rules, window, timeZone, cap.opensAt),
    };
  }
  return null;
}
