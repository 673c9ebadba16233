import type { HubMigration } from './hub-migration';
import { PROJECT_ALL_ATTEMPTS } from '../../reports/report-projection-sql';
import { WEB_LEADS_DISPOSITIONS, WEB_LEADS_RULES } from './web-leads-defaults';

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
  {
    version: 6,
    name: 'hub: the team pool (leads, attempts, intake keys, team DNC)',
    statements: [
      // The team's leads (docs/TEAM_POOL.md). A duplicate by E.164 within a campaign is kept as
      // its own 'merged' row pointing at the live lead, so a resent externalId finds its answer.
      `CREATE TABLE pool_leads (
        id TEXT PRIMARY KEY,
        campaign_id TEXT NOT NULL,
        phone_e164 TEXT NOT NULL,
        first_name TEXT,
        last_name TEXT,
        email TEXT,
        company TEXT,
        source TEXT,
        source_key TEXT,
        external_id TEXT,
        created_at BIGINT NOT NULL,
        arrived_at BIGINT NOT NULL,
        time_zone TEXT,
        country TEXT,
        region TEXT,
        postal_code TEXT,
        notes TEXT,
        custom JSONB NOT NULL DEFAULT '{}'::jsonb,
        status TEXT NOT NULL,
        hold_reason TEXT,
        merged_into TEXT,
        assigned_rep TEXT,
        assignment INTEGER NOT NULL DEFAULT 0,
        claim_until BIGINT,
        reassign_count INTEGER NOT NULL DEFAULT 0,
        attempt_count INTEGER NOT NULL DEFAULT 0,
        first_attempt_at BIGINT,
        next_due_at BIGINT,
        callback_rep TEXT,
        callback_at BIGINT,
        last_outcome TEXT
      )`,
      `CREATE UNIQUE INDEX pool_leads_by_external_id ON pool_leads (source_key, external_id)
        WHERE external_id IS NOT NULL`,
      // One live lead per number and campaign; merged, do-not-call and done rows are history.
      `CREATE UNIQUE INDEX pool_leads_live_phone ON pool_leads (campaign_id, phone_e164)
        WHERE status NOT IN ('merged', 'do-not-call', 'done')`,
      `CREATE INDEX pool_leads_by_status ON pool_leads (status, next_due_at)`,
      `CREATE INDEX pool_leads_by_rep ON pool_leads (assigned_rep) WHERE assigned_rep IS NOT NULL`,
      `CREATE TABLE pool_attempts (
        attempt_id TEXT PRIMARY KEY,
        lead_id TEXT NOT NULL,
        rep_id TEXT NOT NULL,
        started_at BIGINT NOT NULL,
        outcome_code TEXT,
        contact BOOLEAN NOT NULL DEFAULT false,
        conversion BOOLEAN NOT NULL DEFAULT false,
        recorded_at BIGINT NOT NULL
      )`,
      `CREATE INDEX pool_attempts_by_lead ON pool_attempts (lead_id, started_at)`,
      `CREATE TABLE intake_keys (
        id TEXT PRIMARY KEY,
        source TEXT NOT NULL,
        key_hash TEXT NOT NULL UNIQUE,
        created_at BIGINT NOT NULL,
        revoked_at BIGINT
      )`,
      `CREATE TABLE team_dnc (
        id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        phone_e164 TEXT NOT NULL UNIQUE,
        added_by TEXT NOT NULL,
        added_at BIGINT NOT NULL,
        reason TEXT
      )`,
    ],
  },
  {
    version: 7,
    name: 'hub: team campaigns',
    statements: [
      // Every insert or edit takes the next number, so the largest version is the version of the
      // whole list, which a rep names in hello (campaignsVersion).
      `CREATE SEQUENCE team_campaigns_version`,
      `CREATE TABLE team_campaigns (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        rules JSONB NOT NULL,
        script TEXT NOT NULL DEFAULT '',
        dispositions JSONB NOT NULL,
        version BIGINT NOT NULL DEFAULT nextval('team_campaigns_version'),
        updated_at BIGINT NOT NULL,
        updated_by TEXT NOT NULL
      )`,
      // The campaign web leads land in when they name none.
      `INSERT INTO team_campaigns (id, name, rules, dispositions, updated_at, updated_by)
        VALUES ('web-leads', 'Web leads', '${WEB_LEADS_RULES}', '${WEB_LEADS_DISPOSITIONS}', 0, 'hub')`,
    ],
  },
  {
    version: 8,
    name: "hub: the pool's claims (deadline, offers)",
    statements: [
      // A lease is renewed while the rep is connected, never past the campaign's claim time.
      `ALTER TABLE pool_leads ADD COLUMN claim_deadline BIGINT`,
      // Every offer made: which the rep stored, and which it lost and has not yet dropped, so a
      // rep that was away when its lead went back to the pool is told after its welcome.
      `CREATE TABLE pool_offers (
        offer_id TEXT PRIMARY KEY,
        lead_id TEXT NOT NULL,
        rep_id TEXT NOT NULL,
        offered_at BIGINT NOT NULL,
        received_at BIGINT,
        ended_at BIGINT,
        end_reason TEXT,
        revoke_acked_at BIGINT
      )`,
      `CREATE INDEX pool_offers_open_by_rep ON pool_offers (rep_id)
        WHERE ended_at IS NULL OR (end_reason <> 'dialed' AND revoke_acked_at IS NULL)`,
      `CREATE INDEX pool_offers_by_lead ON pool_offers (lead_id, offered_at)`,
    ],
  },
  {
    version: 9,
    name: 'hub: claim time and reps per team campaign, attempts by number',
    statements: [
      `ALTER TABLE team_campaigns ADD COLUMN claim_minutes INTEGER NOT NULL DEFAULT 3`,
      // NULL: every rep of the team works the campaign (the default).
      `ALTER TABLE team_campaigns ADD COLUMN rep_ids JSONB`,
      // Attempts are counted per number across the team's leads (docs/TEAM_POOL.md).
      `CREATE INDEX pool_leads_by_phone ON pool_leads (phone_e164)`,
    ],
  },
  {
    version: 10,
    name: 'hub: report attempts (the latest report of each dial) and their days per group',
    statements: [
      // One row per attempt, its latest report (event_row: the stored event it came from, so an
      // older report never overwrites a newer one), filled at ingest in the events' transaction.
      `CREATE TABLE report_attempts (
        attempt_id TEXT PRIMARY KEY,
        event_row BIGINT NOT NULL,
        rep_id TEXT NOT NULL,
        lead_key TEXT NOT NULL,
        source TEXT,
        campaign_id TEXT,
        campaign_name TEXT,
        started_at BIGINT NOT NULL,
        answered_at BIGINT,
        ended_at BIGINT,
        recorded_at BIGINT,
        talk_seconds DOUBLE PRECISION NOT NULL,
        has_outcome BOOLEAN NOT NULL,
        contact BOOLEAN NOT NULL,
        conversion BOOLEAN NOT NULL,
        lead_created_at BIGINT NOT NULL,
        lead_first_attempt_at BIGINT
      )`,
      // A report reads a range of days: one range scan on the time the dial started.
      `CREATE INDEX report_attempts_by_start ON report_attempts (started_at)`,
      // "Never dialed" reads the team pool's leads that arrived in the range and were not dialed
      // by its end: those never dialed, and those first dialed after it.
      `CREATE INDEX pool_leads_undialed_by_created ON pool_leads (created_at)
        WHERE first_attempt_at IS NULL`,
      `CREATE INDEX pool_leads_by_first_attempt ON pool_leads (first_attempt_at)`,
      // Each local day's KPIs per group (dimension team, rep, source or campaign), kept per time
      // zone and rebuilt from report_attempts when a dial of the day changed: a report of eight
      // weeks reads 56 days' rows instead of every dial. The samples the medians and distinct
      // counts need travel with the day (response_ms and closing_ms ascending, so a report
      // merges them rather than sorting again; the distinct reached lead keys).
      `CREATE TABLE report_day_groups (
        time_zone TEXT NOT NULL,
        day_start BIGINT NOT NULL,
        dimension TEXT NOT NULL,
        group_key TEXT NOT NULL,
        group_label TEXT,
        dials INTEGER NOT NULL,
        contacts INTEGER NOT NULL,
        conversions INTEGER NOT NULL,
        talk_seconds DOUBLE PRECISION NOT NULL,
        handled_calls INTEGER NOT NULL,
        handle_seconds DOUBLE PRECISION NOT NULL,
        rep_count INTEGER NOT NULL,
        response_ms DOUBLE PRECISION[] NOT NULL,
        closing_ms DOUBLE PRECISION[] NOT NULL,
        reached TEXT[] NOT NULL,
        PRIMARY KEY (time_zone, dimension, day_start, group_key)
      )`,
      // A day as last built, and the dirty mark it was built after.
      `CREATE TABLE report_day_builds (
        time_zone TEXT NOT NULL,
        day_start BIGINT NOT NULL,
        built_seq BIGINT NOT NULL,
        PRIMARY KEY (time_zone, day_start)
      )`,
      // The UTC hours whose dials changed, with the latest change's number: written under the
      // event write lock, so the numbers commit in order and a build never skips one.
      `CREATE SEQUENCE report_dirty_seq`,
      `CREATE TABLE report_dirty_hours (
        hour BIGINT PRIMARY KEY,
        seq BIGINT NOT NULL
      )`,
      PROJECT_ALL_ATTEMPTS,
    ],
  },
];
