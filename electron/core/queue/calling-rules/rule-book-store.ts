import type { CallingRule, CallingRuleChange } from '../../../../shared/domain/calling-rules';
import { parseCallingRule } from '../../../../shared/domain/calling-rules';
import { callingRegionsSql } from '../../platform/store/migrations/calling-regions-sql';
import { rawSql, sql, type SqlStatement } from '../../platform/store/sql';
import type { Store } from '../../platform/store/store';
import { RuleBook } from './rule-book';
import { shippedCallingRules } from './shipped-calling-rules';

/** Where the queue gets the rules in force. */
export interface RuleBookSource {
  current(): Promise<RuleBook>;
}

interface ChangeRow {
  rule_id: string;
  rule_json: string;
  reason: string;
  changed_by: string;
  changed_at: number;
}

/**
 * The shipped table with admins' edits laid over it (the latest change of each rule wins; every
 * change stays on record with its reason), read once and kept until the next edit.
 */
export class StoredRuleBook implements RuleBookSource {
  private book: Promise<RuleBook> | null = null;

  constructor(private readonly store: Store) {}

  current(): Promise<RuleBook> {
    this.book ??= this.load().catch((error: unknown) => {
      this.book = null;
      throw error;
    });
    return this.book;
  }

  invalidate(): void {
    this.book = null;
  }

  /** The latest change of each rule an admin changed. */
  async latestChanges(): Promise<Map<string, CallingRuleChange>> {
    const rows = await this.store.all<ChangeRow>(
      sql`SELECT rule_id, rule_json, reason, changed_by, changed_at FROM calling_rule_changes c
          WHERE id = (SELECT max(id) FROM calling_rule_changes WHERE rule_id = c.rule_id)`,
    );
    const changes = new Map<string, CallingRuleChange>();
    for (const row of rows) {
      const rule = parseCallingRule(JSON.parse(row.rule_json));
      // A stored edit is only ever written after this same check; one that fails it is skipped.
      if (!rule.ok) continue;
      changes.set(row.rule_id, {
        rule: rule.value,
        reason: row.reason,
        changedBy: row.changed_by,
        changedAt: row.changed_at,
      });
    }
    return changes;
  }

  private async load(): Promise<RuleBook> {
    const rules = new Map<string, CallingRule>();
    for (const rule of shippedCallingRules()) rules.set(rule.id, rule);
    for (const [id, change] of await this.latestChanges()) rules.set(id, change.rule);
    await this.syncRuledRegions([...rules.values()]);
    return new RuleBook([...rules.values()]);
  }

  /**
   * Leads' calling regions name only the states that have rules, so a rule for a state that had
   * none (an admin's, or a newer shipped table's) re-reads every lead's regions, in one write.
   */
  private async syncRuledRegions(rules: readonly CallingRule[]): Promise<void> {
    const wanted = new Set(
      rules.filter((rule) => rule.region !== null).map((rule) => `${rule.country} ${rule.region}`),
    );
    const stored = await this.store.all<{ country: string; region: string }>(
      sql`SELECT country, region FROM calling_rule_regions`,
    );
    const have = new Set(stored.map((row) => `${row.country} ${row.region}`));
    if (have.size === wanted.size && [...wanted].every((key) => have.has(key))) return;
    await this.store.write([
      sql`DELETE FROM calling_rule_regions`,
      ...rules
        .filter((rule) => rule.region !== null)
        .map(
          (rule) =>
            sql`INSERT INTO calling_rule_regions (country, region) VALUES (${rule.country}, ${rule.region})`,
        ),
      sql`UPDATE leads SET calling_regions = ${rawSql(callingRegionsSql('leads'))}`,
    ]);
  }
}

export function insertRuleChangeStatement(change: CallingRuleChange): SqlStatement {
  return sql`INSERT INTO calling_rule_changes (rule_id, rule_json, reason, changed_by, changed_at)
    VALUES (${change.rule.id}, ${JSON.stringify(change.rule)}, ${change.reason},
            ${change.changedBy}, ${change.changedAt})`;
}
