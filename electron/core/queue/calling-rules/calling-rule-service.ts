import type { Clock } from '../../../../shared/clock';
import { parseCallingRule, type CallingRuleView } from '../../../../shared/domain/calling-rules';
import { DomainError } from '../../../../shared/result';
import type { Store } from '../../platform/store/store';
import { insertRuleChangeStatement, type StoredRuleBook } from './rule-book-store';
import { shippedCallingRules } from './shipped-calling-rules';

export interface CallingRuleServiceDeps {
  store: Store;
  clock: Clock;
  ruleBook: StoredRuleBook;
  /** Who is changing rules, and whether they may (a supervisor). */
  editor: () => { id: string; mayEdit: boolean };
  /** The rules changed: the queue reads them again. */
  onChanged: () => void;
}

/**
 * Settings › Calling rules: the rules in force, where each comes from, and an admin's edit with
 * the reason kept on record (every version stays in calling_rule_changes).
 */
export class CallingRuleService {
  constructor(private readonly deps: CallingRuleServiceDeps) {}

  async list(): Promise<CallingRuleView[]> {
    const shipped = new Map(shippedCallingRules().map((rule) => [rule.id, rule]));
    const changes = await this.deps.ruleBook.latestChanges();
    const views: CallingRuleView[] = [...shipped.values()].map((rule) => {
      const change = changes.get(rule.id) ?? null;
      return change
        ? { rule: change.rule, origin: 'edited', lastChange: change }
        : { rule, origin: 'shipped', lastChange: null };
    });
    for (const [id, change] of changes) {
      if (!shipped.has(id)) views.push({ rule: change.rule, origin: 'added', lastChange: change });
    }
    return views.sort((a, b) => a.rule.id.localeCompare(b.rule.id));
  }

  async save(input: unknown, reason: string): Promise<CallingRuleView[]> {
    const editor = this.deps.editor();
    if (!editor.mayEdit) {
      throw new DomainError(
        'forbidden',
        'Only a supervisor can change calling rules: ask yours, or switch this app to supervisor mode in Settings.',
      );
    }
    const parsed = parseCallingRule(input);
    if (!parsed.ok) throw new DomainError('invalid-argument', parsed.error.message);
    await this.deps.store.write(
      insertRuleChangeStatement({
        rule: parsed.value,
        reason: reason.trim(),
        changedBy: editor.id,
        changedAt: this.deps.clock.now(),
      }),
    );
    this.deps.ruleBook.invalidate();
    this.deps.onChanged();
    return this.list();
  }
}
