import type { Migration } from './migration';
import { callingRegionsExpression } from './calling-regions-sql';

/**
 * Calling rules by state and country (docs/CALLING_RULES.md). Each lead gets `calling_regions`,
 * generated from its address and number, and the queue's index is partitioned by it next to the
 * zone, so a Florida lead at 20:30 is never read while New York leads are dialed. Admins' rule
 * edits are kept with their reason, every version of them.
 */
export const callingRulesSchema: Migration = {
  version: 9,
  name: 'calling rules by state and country',
  statements: [
    `ALTER TABLE leads ADD COLUMN calling_regions TEXT
       GENERATED ALWAYS AS ${callingRegionsExpression()} VIRTUAL`,
    'DROP INDEX leads_queue',
    `CREATE INDEX leads_queue
       ON leads(campaign_id, time_zone, calling_regions, queue_tier, queue_due_at)
       WHERE queue_tier IS NOT NULL`,
    `CREATE TABLE calling_rule_changes (
      id INTEGER PRIMARY KEY,
      rule_id TEXT NOT NULL,
      rule_json TEXT NOT NULL,
      reason TEXT NOT NULL,
      changed_by TEXT NOT NULL,
      changed_at INTEGER NOT NULL
    )`,
    'CREATE INDEX calling_rule_changes_by_rule ON calling_rule_changes(rule_id, id)',
  ],
};
