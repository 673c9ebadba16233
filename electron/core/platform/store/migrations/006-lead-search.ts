import type { Migration } from './migration';
import { searchedContactColumns, searchedCustomColumn } from './search-text-sql';

const SOURCE_KEYS = ['source', 'Source', 'lead_source', 'Lead Source', 'utm_source'];

/**
 * Search over every lead (electron/core/leads/search): an FTS4 index (sql.js builds FTS3/FTS4,
 * not FTS5) with external content, the view lead_search_source, so no text is stored twice.
 * Edits reach it by triggers; new leads by LeadSearchIndexer, after the write that added them
 * (in the same write the import would run at half its speed). The phone column
 * holds the digits (found by their start, "+1303…") and "r" + the digits reversed (found by their
 * end: "0176", "555-0176", a national number). lead_changes keeps who changed a lead, when, how.
 */
export const leadSearchSchema: Migration = {
  version: 6,
  name: 'lead search index, lead changes',
  statements: [
    `CREATE VIEW lead_search_source AS SELECT
       ${searchedContactColumns},
       coalesce(${SOURCE_KEYS.map((key) => `json_extract(custom_json, '$."${key}"')`).join(', ')}, '') AS source,
       ${searchedCustomColumn}
     FROM leads`,
    `CREATE VIRTUAL TABLE lead_search USING fts4(
       content="lead_search_source", name, company, email, phone, source, other,
       tokenize=unicode61 "remove_diacritics=2"
     )`,
    // Leads up to indexed_upto are in the index; newer ones are added in batches after the
    // write that brought them (LeadSearchIndexer), so an import never waits on the index.
    `CREATE TABLE lead_search_state (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      indexed_upto INTEGER NOT NULL
    )`,
    // Segments merged a little at a time as leads are added, rather than a whole level at once
    // inside one write (which at a million leads held an outcome's write for half a second).
    `INSERT INTO lead_search(lead_search) VALUES ('automerge=8')`,
    // The leads already stored are indexed in the background after start-up (about 20 s per
    // million), so opening a large data folder never waits on it.
    `INSERT INTO lead_search_state (id, indexed_upto) VALUES (1, 0)`,
    // FTS4 reads the old tokens back from the content view, so it forgets them before the update.
    `CREATE TRIGGER lead_search_before_update
       BEFORE UPDATE OF first_name, last_name, company, email, phone_e164, custom_json ON leads
       WHEN OLD.id <= (SELECT indexed_upto FROM lead_search_state)
     BEGIN
       DELETE FROM lead_search WHERE docid = OLD.id;
     END`,
    `CREATE TRIGGER lead_search_after_update
       AFTER UPDATE OF first_name, last_name, company, email, phone_e164, custom_json ON leads
       WHEN NEW.id <= (SELECT indexed_upto FROM lead_search_state)
     BEGIN
       INSERT INTO lead_search(docid, name, company, email, phone, source, other)
         SELECT rowid, name, company, email, phone, source, other FROM lead_search_source
         WHERE rowid = NEW.id;
     END`,
    `CREATE TRIGGER lead_search_delete BEFORE DELETE ON leads
       WHEN OLD.id <= (SELECT indexed_upto FROM lead_search_state)
     BEGIN
       DELETE FROM lead_search WHERE docid = OLD.id;
     END`,
    `CREATE TABLE lead_changes (
      id INTEGER PRIMARY KEY,
      lead_id INTEGER NOT NULL REFERENCES leads(id),
      changed_at INTEGER NOT NULL,
      changed_by TEXT,
      -- 'edited', 'closed', 'reopened', 'callback', 'dnc'
      action TEXT NOT NULL,
      -- the fields changed: {"field": [before, after]}
      detail_json TEXT NOT NULL DEFAULT '{}',
      reason TEXT
    )`,
    `CREATE INDEX lead_changes_by_lead ON lead_changes(lead_id, changed_at)`,
  ],
};
