import type { Migration } from '../../core/platform/store/migrations/migration';

/** The sql.js hub store of releases before the hub moved to PostgreSQL: read once, to import it. */
export const LEGACY_SQLJS_HUB_SCHEMA: readonly Migration[] = [
  {
    version: 1,
    name: 'hub: reps, streams, events, alerts, escalations',
    statements: [
      `CREATE TABLE reps (
        rep_id TEXT PRIMARY KEY,
        rep_name TEXT NOT NULL,
        time_zone TEXT NOT NULL,
        stream_id TEXT NOT NULL,
        first_seen_at INTEGER NOT NULL,
        last_seen_at INTEGER NOT NULL
      )`,
      `CREATE TABLE streams (
        rep_id TEXT NOT NULL,
        stream_id TEXT NOT NULL,
        last_seq INTEGER NOT NULL,
        PRIMARY KEY (rep_id, stream_id)
      )`,
      // UNIQUE(event_id) makes storing an event idempotent: a resent event changes nothing.
      `CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        event_id TEXT NOT NULL UNIQUE,
        rep_id TEXT NOT NULL,
        stream_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        type TEXT NOT NULL,
        at INTEGER NOT NULL,
        received_at INTEGER NOT NULL,
        event_json TEXT NOT NULL
      )`,
      `CREATE INDEX events_by_type_rep ON events(type, rep_id, id)`,
      `CREATE INDEX events_by_type_at ON events(type, at)`,
      `CREATE TABLE alerts (
        id TEXT PRIMARY KEY,
        condition_key TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL,
        rep_id TEXT,
        message TEXT NOT NULL,
        raised_at INTEGER NOT NULL,
        cleared_at INTEGER,
        acknowledged_at INTEGER,
        acknowledged_by TEXT
      )`,
      `CREATE INDEX alerts_by_raised ON alerts(raised_at)`,
      `CREATE TABLE escalations (
        id TEXT PRIMARY KEY,
        rep_id TEXT NOT NULL,
        lead_id INTEGER,
        attempt_id TEXT,
        note TEXT NOT NULL,
        raised_at INTEGER NOT NULL,
        acknowledged_at INTEGER,
        acknowledged_by TEXT
      )`,
      `CREATE INDEX escalations_open ON escalations(acknowledged_at, raised_at)`,
    ],
  },
];
