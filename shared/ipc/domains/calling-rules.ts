import type { CallingRuleView } from '../../domain/calling-rules';

/** Settings › Calling rules (docs/CALLING_RULES.md). */
export interface CallingRuleMethods {
  'callingRules.list': () => CallingRuleView[];
  /**
   * Adds or replaces a rule (a supervisor only); the reason is kept on record with every version.
   * The rule is checked with the shared schema; an error names every problem.
   */
  'callingRules.save': (input: { rule: unknown; reason: string }) => CallingRuleView[];
}
