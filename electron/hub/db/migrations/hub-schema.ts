import type { HubMigration } from './hub-migration';

/**
 * The hub's tables on PostgreSQL. Version 1 has the same tables and meaning as the sql.js hub
 * store it replaced (electron/hub/legacy/sqljs-schema.ts). Epoch milliseconds and sequence numbers are BIGINT;
 * an event keeps its exact JSON text. Append only: a released migration is never edited.
 */
export const HUB_SCHEMA: readonly HubMigration[] = [
  {
    version: 1,
    name: 'hub: reps, streams, events, alerts, escalations',
    statements: [
      `CREATE TABLE reps (
        rep_id TEXT PRIMARY KEY,
        rep_name TEXT NOT NULL,
        time_zone TEXT NOT NULL,
        stream_id TEXT NOT NULL,
        first_seen_at BIGINT NOT NULL,
        last_seen_at BIGINT NOT NULL
      )`,
      `CREATE TABLE streams (
        rep_id TEXT NOT NULL,
        stream_id TEXT NOT NULL,
        last_seq BIGINT NOT NULL,
        PRIMARY KEY (rep_id, stream_id)
      )`,
      // UNIQUE(event_id) makes storing an event idempotent (ON CONFLICT DO NOTHING); id is the
      // order events were stored in, which rebuilding the floor replays.
      `CREATE TABLE events (
        id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        event_id TEXT NOT NULL UNIQUE,
        rep_id TEXT NOT NULL,
        stream_id TEXT NOT NULL,
        seq BIGINT NOT NULL,
        type TEXT NOT NULL,
        at BIGINT NOT NULL,
        received_at BIGINT NOT NULL,
        event_json TEXT NOT NULL
      )`,
      `CREATE INDEX events_by_type_rep ON events (type, rep_id, id)`,
      `CREATE INDEX events_by_type_at ON events (type, at)`,
      `CREATE TABLE alerts (
        id TEXT PRIMARY KEY,
        condition_key TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL,
        rep_id TEXT,
        message TEXT NOT NULL,
        raised_at BIGINT NOT NULL,
        cleared_at BIGINT,
        acknowledged_at BIGINT,
        acknowledged_by TEXT
      )`,
      `CREATE INDEX alerts_by_raised ON alerts (raised_at)`,
      `CREATE TABLE escalations (
        id TEXT PRIMARY KEY,
        rep_id TEXT NOT NULL,
        lead_id BIGINT,
        attempt_id TEXT,
        note TEXT NOT NULL,
        raised_at BIGINT NOT NULL,
        acknowledged_at BIGINT,
        acknowledged_by TEXT
      )`,
      `CREATE INDEX escalations_open ON escalations (acknowledged_at, raised_at)`,
    ],
  },
  {
    version: 2,
    name: 'hub: nodes and where each rep is connected',
    statements: [
      // Several hub nodes share one database: each beats here, and a rep's row says which node
      // holds its socket, so every node shows the same floor and a dead node's reps read offline.
      `CREATE TABLE hub_nodes (
        node_id TEXT PRIMARY KEY,
        started_at BIGINT NOT NULL,
        beat_at BIGINT NOT NULL
      )`,
      `ALTER TABLE reps ADD COLUMN node_id TEXT`,
      `ALTER TABLE reps ADD COLUMN connected BOOLEAN NOT NULL DEFAULT false`,
      // Which socket: a rep that reconnects before its old socket's goodbye is written stays on.
      `ALTER TABLE reps ADD COLUMN connection_id TEXT`,
    ],
  },
  {
    version: 3,
    name: 'hub: wall screen tokens',
    statements: [
      // A wall screen's own read-only credential (it hangs on a TV): made, listed and revoked by
      // a supervisor; the team token, the master secret, no longer opens the wall.
      `CREATE TABLE wall_tokens (
        id TEXT PRIMARY KEY,
        token TEXT NOT NULL UNIQUE,
        label TEXT NOT NULL,
        created_at BIGINT NOT NULL,
        created_by TEXT NOT NULL,
        revoked_at BIGINT,
        revoked_by TEXT
      )`,
    ],
  },
  {
    version: 4,
    name: 'hub: alert snoozes per rep',
    statements: [
      `CREATE TABLE alert_snoozes (
        rep_id TEXT PRIMARY KEY,
        until BIGINT NOT NULL,
        snoozed_by TEXT NOT NULL,
        snoozed_at BIGINT NOT NULL
      )`,
    ],
  },
  {
    version: 5,
    name: "hub: escalations carry their call and the supervisor's answer",
    statements: [
      // The hub has no copy of a rep's leads: the card is drawn from what the rep's app sent.
      `ALTER TABLE escalations ADD COLUMN call_json TEXT`,
      // acknowledged_at/by say when and by whom; answer says how (and reply in what words).
      `ALTER TABLE escalations ADD COLUMN answer TEXT`,
      `ALTER TABLE escalations ADD COLUMN reply TEXT`,
      `UPDATE escalations SET answer = 'acknowledged' WHERE acknowledged_at IS NOT NULL`,
      // A rep's app is sent its escalations on every connection.
      `CREATE INDEX escalations_by_rep ON escalations (rep_id, raised_at)`,
    ],
  },
];
