import type { Migration } from './migration';

/**
 * What the lead list needs: the column mappings people confirmed (per header signature), a record
 * of each import, an audit log of numbers taken off the DNC list and of callbacks moved or
 * cancelled, and the indexes behind the DNC list, the callbacks list and the held leads. (An
 * import stages its rows in a table of its own, import_rows, created and dropped by the import:
 * see ImportStagingRepository.)
 */
export const leadListSchema: Migration = {
  version: 3,
  name: 'remembered mappings, imports, DNC removals, callback changes',
  statements: [
    `CREATE TABLE import_mappings (
      signature TEXT PRIMARY KEY,
      headers_json TEXT NOT NULL,
      -- MappingOverride.columns: every column's target, by position
      columns_json TEXT NOT NULL,
      saved_at INTEGER NOT NULL
    )`,
    `CREATE TABLE imports (
      id TEXT PRIMARY KEY,
      campaign_id TEXT NOT NULL,
      file_name TEXT NOT NULL,
      signature TEXT NOT NULL,
      committed_at INTEGER NOT NULL,
      added INTEGER NOT NULL,
      merged_into_existing INTEGER NOT NULL,
      on_dnc_list INTEGER NOT NULL,
      held INTEGER NOT NULL,
      rows_read INTEGER NOT NULL,
      rows_skipped INTEGER NOT NULL
    )`,
    `CREATE TABLE dnc_removals (
      id INTEGER PRIMARY KEY,
      phone_e164 TEXT NOT NULL,
      removed_at INTEGER NOT NULL,
      removed_by TEXT,
      reason TEXT NOT NULL,
      -- the entry as it was
      added_at INTEGER NOT NULL,
      added_reason TEXT,
      source TEXT NOT NULL
    )`,
    `CREATE INDEX dnc_removals_by_phone ON dnc_removals(phone_e164, removed_at)`,
    `CREATE INDEX dnc_by_added ON dnc(added_at)`,
    `CREATE TABLE callback_changes (
      id INTEGER PRIMARY KEY,
      lead_id INTEGER NOT NULL REFERENCES leads(id),
      changed_at INTEGER NOT NULL,
      changed_by TEXT,
      -- 'rescheduled' or 'canceled'
      action TEXT NOT NULL,
      due_before INTEGER,
      due_after INTEGER,
      reason TEXT
    )`,
    `CREATE INDEX callback_changes_by_lead ON callback_changes(lead_id, changed_at)`,
    `CREATE INDEX leads_callbacks ON leads(callback_at) WHERE status = 'callback'`,
    `CREATE INDEX leads_held ON leads(id) WHERE status = 'held'`,
  ],
};
