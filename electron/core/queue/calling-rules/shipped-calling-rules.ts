import shipped from '../../../../shared/compliance/calling-rules.json';
import { parseCallingRule, type CallingRule } from '../../../../shared/domain/calling-rules';

/**
 * The rules table shipped with the app (shared/compliance/calling-rules.json), checked against the
 * same schema as an admin's edit: a broken table stops the app at start-up rather than dial under
 * rules it cannot read.
 */
export function shippedCallingRules(): CallingRule[] {
  return shipped.rules.map((input) => {
    const parsed = parseCallingRule(input);
    if (!parsed.ok)
      throw new Error(`shared/compliance/calling-rules.json: ${parsed.error.message}`);
    return parsed.value;
  });
}
