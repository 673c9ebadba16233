import type { Handlers } from '../../platform/ipc/dispatcher';
import type { CallingRuleService } from './calling-rule-service';

export function callingRuleHandlers(
  rules: CallingRuleService,
): Pick<Handlers, 'callingRules.list' | 'callingRules.save'> {
  return {
    'callingRules.list': () => rules.list(),
    'callingRules.save': (input) => rules.save(input.rule, input.reason),
  };
}
