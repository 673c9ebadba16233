import type { Migration } from './migration';
import shippedRules from '../../../../../shared/compliance/calling-rules.json';
import { callingRegionsSql } from './calling-regions-sql';

/**
 * Calling rules by state and country (docs/CALLING_RULES.md). Each lead gets `calling_regions`
 * from its address and number, kept by triggers whichever way a lead is written (import, merge,
 * edit), and a second queue index is partitioned by it next to the zone, so a Florida lead at
 * 20:30 is never read while New York leads are dialed. A stored column, not a virtual generated one:
 * the queue checks it on every candidate it reads, and recomputing it there cost 10–40 µs a row.
 * Admins' rule edits are kept with their reason, every version of them.
 */
export const callingRulesSchema: Migration = {
  version: 12,
  name: 'calling rules by state and country',
  statements: [
    `CREATE TABLE calling_rule_regions (
      country TEXT NOT NULL,
      region TEXT NOT NULL,
      PRIMARY KEY (country, region)
    )`,
    // The regions the shipped table has rules for; the core keeps it in step with admins' rules.
    ...shippedRules.rules
      .filter((rule) => rule.region !== null)
      .map(
        (rule) =>
          `INSERT INTO calling_rule_regions VALUES ('${rule.country}', '${rule.region ?? ''}')`,
      ),
    `ALTER TABLE leads ADD COLUMN calling_regions TEXT NOT NULL DEFAULT ''`,
    `UPDATE leads SET calling_regions = ${callingRegionsSql('leads')}`,
    // The import computes its rows' regions itself (shared/compliance/calling-regions.ts).
    `CREATE TRIGGER leads_calling_regions_insert AFTER INSERT ON leads
       WHEN NEW.calling_regions = ''
     BEGIN
       UPDATE leads SET calling_regions = ${callingRegionsSql('NEW')} WHERE id = NEW.id;
     END`,
    `CREATE TRIGGER leads_calling_regions_update
       AFTER UPDATE OF phone_e164, country, region, postal_code ON leads
     BEGIN
       UPDATE leads SET calling_regions = ${callingRegionsSql('NEW')} WHERE id = NEW.id;
     END`,
    // Beside the zone's index (leads_queue): a zone whose partitions are all open is read
    // through that one in one seek, a zone split by its rules partition by partition here.
    `CREATE INDEX leads_queue_by_rules
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
