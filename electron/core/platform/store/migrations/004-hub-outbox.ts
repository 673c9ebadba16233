import type { Migration } from './migration';

/**
 * The team hub's outbox (electron/core/floor/outbox: events wait here until the hub stores them;
 * AUTOINCREMENT so a seq is never reused, even after delivered rows are pruned) and the index
 * behind the fresh-leads report the hub's speed-to-lead alert reads: leads nobody has dialed,
 * counted and dated from the index alone.
 */
export const hubOutboxSchema: Migration = {
  version: 4,
  name: 'hub outbox, fresh leads index',
  statements: [
    `CREATE TABLE hub_outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id TEXT NOT NULL UNIQUE,
    at INTEGER NOT NULL,
    type TEXT NOT NULL,
    body_json TEXT NOT NULL
  )`,
    `CREATE TABLE hub_outbox_stream (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    stream_id TEXT NOT NULL,
    delivered_seq INTEGER NOT NULL DEFAULT 0
  )`,
    // status and first_attempt_at are constant in it, but listed so the index covers the query.
    `CREATE INDEX leads_fresh ON leads(created_at, status, first_attempt_at)
       WHERE status = 'new' AND first_attempt_at IS NULL`,
  ],
};
