/**
 * The rep app's outbox tables. The integrator adds these statements as the rep schema's next
 * migration (electron/core/store/migrations), numbered after the last one:
 *
 *   { version: N, name: OUTBOX_MIGRATION_NAME, statements: OUTBOX_MIGRATION_STATEMENTS }
 *
 * AUTOINCREMENT so a seq is never reused, even after delivered rows are pruned.
 */
export const OUTBOX_MIGRATION_NAME = 'hub outbox';

export const OUTBOX_MIGRATION_STATEMENTS: readonly string[] = [
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
];
