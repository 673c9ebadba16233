export { callingRulesHold } from './calling-rules-gate';
export type { CallingRuleHold, CallingRulesQuestion } from './calling-rules-gate';
export { capHolding, strictestCap } from './number-cap';
export type { CapHold } from './number-cap';
export { NO_CALLING_RULES, RuleBook } from './rule-book';
export type { LeadCallingRules } from './rule-book';
export {
  allowedSpan,
  isWithinRulesAndWindow,
  nextOpeningUnderRules,
  ruleHoldingHours,
} from './rule-hours';
export { describeHold, describeRule } from './rule-text';
export { shippedCallingRules } from './shipped-calling-rules';
export { StoreNumberDials } from './number-dials';
export type { NumberDialHistory } from './number-dials';
export { StoredRuleBook, insertRuleChangeStatement } from './rule-book-store';
export type { RuleBookSource } from './rule-book-store';
export { CallingRuleService } from './calling-rule-service';
export { callingRuleHandlers } from './calling-rule-handlers';
