import type { Migration } from './migration';
import { searchedContactColumns, searchedCustomColumn } from './search-text-sql';

/** The custom fields that named a lead's source before it had a column (migration 6 searched them). */
const SOURCE_KEYS = ['source', 'Source', 'lead_source', 'Lead Source', 'utm_source'];

// Migration 6's own expression, so each lead's source is the text its index entry holds.
const sourceFromCustom = `nullif(trim(coalesce(${SOURCE_KEYS.map(
  (key) => `json_extract(custom_json, '$."${key}"')`,
).join(', ')})), '')`;

const SEARCHED_COLUMNS = 'first_name, last_name, company, email, phone_e164, custom_json, source';

/**
 * A lead's source or channel as a column of its own (reports group by it), taken from the custom
 * field that named it so far. The custom fields stay as they were: nothing stored is lost, and a
 * script naming {{lead_source}} still reads it. The search index reads the column from now on;
 * for every lead already indexed it gives the text the custom field gave, so no lead is indexed
 * again and FTS4 still finds the tokens it must forget on the next edit.
 */
export const leadSourceSchema: Migration = {
  version: 14,
  name: 'lead source',
  statements: [
    `ALTER TABLE leads ADD COLUMN source TEXT`,
    // Before the search triggers watch the column (the indexed text does not change).
    `UPDATE leads SET source = ${sourceFromCustom} WHERE custom_json <> '{}'`,
    'DROP TRIGGER lead_search_before_update',
    'DROP TRIGGER lead_search_after_update',
    'DROP VIEW lead_search_source',
    `CREATE VIEW lead_search_source AS SELECT
       ${searchedContactColumns},
       coalesce(source, '') AS source,
       ${searchedCustomColumn}
     FROM leads`,
    `CREATE TRIGGER lead_search_before_update
       BEFORE UPDATE OF ${SEARCHED_COLUMNS} ON leads
       WHEN OLD.id <= (SELECT indexed_upto FROM lead_search_state)
     BEGIN
       DELETE FROM lead_search WHERE docid = OLD.id;
     END`,
    `CREATE TRIGGER lead_search_after_update
       AFTER UPDATE OF ${SEARCHED_COLUMNS} ON leads
       WHEN NEW.id <= (SELECT indexed_upto FROM lead_search_state)
     BEGIN
       INSERT INTO lead_search(docid, name, company, email, phone, source, other)
         SELECT rowid, name, company, email, phone, source, other FROM lead_search_source
         WHERE rowid = NEW.id;
     END`,
  ],
};
