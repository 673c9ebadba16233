import type { EscalationAnswerInput } from '../../../shared/floor/escalation';
import type { AlertSnooze, FloorAlert } from '../../../shared/floor/floor-view';
import type { FloorEvent } from '../../../shared/floor/protocol';
import type { RepIdentity } from '../../../shared/floor/rep-floor-state';
import type { HubDatabase } from '../db';
import { projectStoredAttempts } from '../reports/project-attempts';
import type { AlertRow, EscalationRow, RepRow, WallTokenRow } from './hub-rows';

/** The one channel hub nodes signal each other on; the payload says what changed. */
export const HUB_CHANNEL = 'dialdeck_hub';
export type HubSignal = 'events' | 'presence' | 'alerts' | 'escalations' | 'walls';

/**
 * Taken by every event write until it commits: event ids are then handed out in commit order,
 * so a node reading `id > last` never passes over a row that commits later with a smaller id.
 */
const EVENT_WRITE_LOCK = 461_300_014;
/** A node that has not beaten for this long is taken for dead, its reps for offline. */
export const NODE_STALE_MS = 10_000;

export interface IncomingEvent {
  event: FloorEvent;
  streamId: string;
  receivedAt: number;
}

/** An event as stored: `receivedAt` is when the hub received it, on the hub's clock. */
export interface StoredEvent {
  event: FloorEvent;
  receivedAt: number;
}

export interface StreamAdvance {
  repId: string;
  streamId: string;
  seq: number;
}

/** Every read and write the hub makes, on either adapter. */
export class HubStore {
  constructor(
    readonly db: HubDatabase,
    readonly nodeId: string,
  ) {}

  async registerNode(now: number): Promise<void> {
    await this.db.query(
      `INSERT INTO hub_nodes (node_id, started_at, beat_at) VALUES ($1, $2, $2)
       ON CONFLICT (node_id) DO UPDATE SET started_at = excluded.started_at, beat_at = excluded.beat_at`,
      [this.nodeId, now],
    );
  }

  async beat(now: number): Promise<void> {
    await this.db.query('UPDATE hub_nodes SET beat_at = $2 WHERE node_id = $1', [this.nodeId, now]);
  }

  /** A node shutting down cleanly: its reps read offline at once, not after the stale time. */
  async leave(): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.query('UPDATE reps SET connected = false WHERE node_id = $1', [this.nodeId]);
      await tx.query('DELETE FROM hub_nodes WHERE node_id = $1', [this.nodeId]);
      await tx.query('SELECT pg_notify($1, $2)', [HUB_CHANNEL, 'presence']);
    });
  }

  /** Records the rep's socket on this node and returns the last seq stored for its stream. */
  async repConnected(
    identity: RepIdentity,
    streamId: string,
    connectionId: string,
    now: number,
  ): Promise<number> {
    return this.db.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO reps (rep_id, rep_name, time_zone, stream_id, first_seen_at, last_seen_at,
           node_id, connected, connection_id)
         VALUES ($1, $2, $3, $4, $5, $5, $6, true, $7)
         ON CONFLICT (rep_id) DO UPDATE SET rep_name = excluded.rep_name,
           time_zone = excluded.time_zone, stream_id = excluded.stream_id,
           last_seen_at = excluded.last_seen_at, node_id = excluded.node_id, connected = true,
           connection_id = excluded.connection_id`,
        [
          identity.repId,
          identity.repName,
          identity.timeZone,
          streamId,
          now,
          this.nodeId,
          connectionId,
        ],
      );
      const { rows } = await tx.query<{ last_seq: number }>(
        'SELECT last_seq FROM streams WHERE rep_id = $1 AND stream_id = $2',
        [identity.repId, streamId],
      );
      await tx.query('SELECT pg_notify($1, $2)', [HUB_CHANNEL, 'presence']);
      return rows[0]?.last_seq ?? 0;
    });
  }

  async repDisconnected(repId: string, connectionId: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.query('UPDATE reps SET connected = false WHERE rep_id = $1 AND connection_id = $2', [
        repId,
        connectionId,
      ]);
      await tx.query('SELECT pg_notify($1, $2)', [HUB_CHANNEL, 'presence']);
    });
  }

  /** Every rep, `live` when its socket is on a node that still beats. */
  async reps(now: number): Promise<RepRow[]> {
    const { rows } = await this.db.query<RepRow & Record<string, unknown>>(
      `SELECT r.rep_id, r.rep_name, r.time_zone, r.stream_id, COALESCE(s.last_seq, 0) AS last_seq,
         r.node_id,
         (r.connected AND n.beat_at IS NOT NULL AND n.beat_at > $1) AS live
       FROM reps r LEFT JOIN hub_nodes n ON n.node_id = r.node_id
         LEFT JOIN streams s ON s.rep_id = r.rep_id AND s.stream_id = r.stream_id`,
      [now - NODE_STALE_MS],
    );
    return rows;
  }

  /** The nodes still beating, by id. */
  async liveNodes(now: number): Promise<string[]> {
    const { rows } = await this.db.query<{ node_id: string }>(
      'SELECT node_id FROM hub_nodes WHERE beat_at > $1 ORDER BY node_id',
      [now - NODE_STALE_MS],
    );
    return rows.map((row) => row.node_id);
  }

  /**
   * Stores a batch in one transaction: new events (a resent one changes nothing), the streams'
   * durable seqs, and the escalations among them; the other nodes hear of it at commit.
   */
  async storeEvents(
    events: readonly IncomingEvent[],
    streams: readonly StreamAdvance[],
  ): Promise<void> {
    const eventRows = events.map(({ event, streamId, receivedAt }, ord) => ({
      ord,
      event_id: event.eventId,
      rep_id: event.repId,
      stream_id: streamId,
      seq: event.seq,
      type: event.type,
      at: event.at,
      received_at: receivedAt,
      event_json: JSON.stringify(event),
    }));
    const escalations = events.flatMap(({ event }) =>
      event.type === 'escalation'
        ? [
            {
              id: event.escalationId,
              rep_id: event.repId,
              lead_id: event.leadId,
              attempt_id: event.attemptId,
              note: event.note,
              raised_at: event.at,
              call_json: event.call ? JSON.stringify(event.call) : null,
            },
          ]
        : [],
    );
    const streamRows = streams.map((s) => ({ rep_id: s.repId, stream_id: s.streamId, seq: s.seq }));
    await this.db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [EVENT_WRITE_LOCK]);
      const stored = await tx.query<{ id: number; type: string }>(
        `INSERT INTO events (event_id, rep_id, stream_id, seq, type, at, received_at, event_json)
         SELECT x.event_id, x.rep_id, x.stream_id, x.seq, x.type, x.at, x.received_at, x.event_json
         FROM json_to_recordset($1::json) AS x(ord int, event_id text, rep_id text,
           stream_id text, seq bigint, type text, at bigint, received_at bigint, event_json text)
         ORDER BY x.ord
         ON CONFLICT (event_id) DO NOTHING
         RETURNING id, type`,
        [JSON.stringify(eventRows)],
      );
      await projectStoredAttempts(tx, stored.rows);
      if (escalations.length > 0) {
        await tx.query(
          `INSERT INTO escalations (id, rep_id, lead_id, attempt_id, note, raised_at, call_json)
           SELECT x.id, x.rep_id, x.lead_id, x.attempt_id, x.note, x.raised_at, x.call_json
           FROM json_to_recordset($1::json) AS x(id text, rep_id text, lead_id bigint,
             attempt_id text, note text, raised_at bigint, call_json text)
           ON CONFLICT (id) DO NOTHING`,
          [JSON.stringify(escalations)],
        );
      }
      await tx.query(
        `INSERT INTO streams (rep_id, stream_id, last_seq)
         SELECT x.rep_id, x.stream_id, x.seq
         FROM json_to_recordset($1::json) AS x(rep_id text, stream_id text, seq bigint)
         ON CONFLICT (rep_id, stream_id)
         DO UPDATE SET last_seq = GREATEST(streams.last_seq, excluded.last_seq)`,
        [JSON.stringify(streamRows)],
      );
      await tx.query('SELECT pg_notify($1, $2)', [HUB_CHANNEL, 'events']);
    });
  }

  /** Stored events after `id`, in the order they were stored (which is commit order). */
  async eventsAfter(id: number, limit: number): Promise<({ id: number } & StoredEvent)[]> {
    const { rows } = await this.db.query<{ id: number; event_json: string; received_at: number }>(
      'SELECT id, event_json, received_at FROM events WHERE id > $1 ORDER BY id LIMIT $2',
      [id, limit],
    );
    return rows.map((row) => ({ id: row.id, ...storedEvent(row) }));
  }

  async lastEventId(): Promise<number> {
    const { rows } = await this.db.query<{ last: number | null }>(
      'SELECT max(id) AS last FROM events',
    );
    return rows[0]?.last ?? 0;
  }

  /** The events a floor is rebuilt from, up to `upTo`, in stored order. */
  async eventsForFloor(upTo: number, attemptsSince: number): Promise<StoredEvent[]> {
    const { rows } = await this.db.query<{ event_json: string; received_at: number }>(
      `SELECT event_json, received_at FROM (
         SELECT id, event_json, received_at FROM events
           WHERE type = 'attempt' AND at >= $2 AND id <= $1
         UNION ALL
         SELECT id, event_json, received_at FROM events WHERE id IN (
           SELECT max(id) FROM events WHERE type IN ('lead-waiting', 'state') AND id <= $1
           GROUP BY type, rep_id)
       ) recent ORDER BY id`,
      [upTo, attemptsSince],
    );
    return rows.map(storedEvent);
  }

  async openAlerts(rememberSince: number): Promise<AlertRow[]> {
    const { rows } = await this.db.query<AlertRow & Record<string, unknown>>(
      `SELECT * FROM alerts WHERE raised_at >= $1
         OR (acknowledged_at IS NULL AND cleared_at IS NULL) ORDER BY raised_at`,
      [rememberSince],
    );
    return rows;
  }

  /** Raises conditions no node has raised yet and clears the ones that stopped holding. */
  async reconcileAlerts(
    raised: readonly { alert: FloorAlert; key: string }[],
    clearedIds: readonly string[],
    now: number,
  ): Promise<void> {
    await this.db.transaction(async (tx) => {
      for (const { alert, key } of raised) {
        await tx.query(
          `INSERT INTO alerts (id, condition_key, kind, rep_id, message, raised_at)
           VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
          [alert.id, key, alert.kind, alert.repId, alert.message, alert.raisedAt],
        );
      }
      for (const id of clearedIds) {
        await tx.query('UPDATE alerts SET cleared_at = $2 WHERE id = $1 AND cleared_at IS NULL', [
          id,
          now,
        ]);
      }
      await tx.query('SELECT pg_notify($1, $2)', [HUB_CHANNEL, 'alerts']);
    });
  }

  /** Snoozes still running at `now`. */
  async snoozes(now: number): Promise<AlertSnooze[]> {
    const { rows } = await this.db.query<{ rep_id: string; until: number; snoozed_by: string }>(
      'SELECT rep_id, until, snoozed_by FROM alert_snoozes WHERE until > $1 ORDER BY rep_id',
      [now],
    );
    return rows.map((row) => ({ repId: row.rep_id, until: row.until, by: row.snoozed_by }));
  }

  /**
   * No new alert about the rep until `until`, and the rep's open alerts acknowledged by whoever
   * snoozed them: the supervisor has seen them and chose to wait.
   */
  async snoozeRep(repId: string, until: number, by: string, now: number): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO alert_snoozes (rep_id, until, snoozed_by, snoozed_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (rep_id) DO UPDATE SET until = excluded.until,
           snoozed_by = excluded.snoozed_by, snoozed_at = excluded.snoozed_at`,
        [repId, until, by, now],
      );
      await tx.query(
        `UPDATE alerts SET acknowledged_at = $2, acknowledged_by = $3
         WHERE rep_id = $1 AND acknowledged_at IS NULL AND cleared_at IS NULL`,
        [repId, now, by],
      );
      await tx.query('SELECT pg_notify($1, $2)', [HUB_CHANNEL, 'alerts']);
    });
  }

  /** Null when there is no such alert; `changed` false when someone acknowledged it before. */
  acknowledgeAlert(id: string, by: string, now: number) {
    return this.acknowledge<AlertRow>('alerts', 'alerts', id, by, now);
  }

  /** Null when there is no such escalation; `changed` false when someone answered it before. */
  async answerEscalation(
    id: string,
    answer: EscalationAnswerInput,
    by: string,
    now: number,
  ): Promise<{ row: EscalationRow; changed: boolean } | null> {
    return this.db.transaction(async (tx) => {
      const updated = await tx.query(
        `UPDATE escalations SET acknowledged_at = $2, acknowledged_by = $3, answer = $4, reply = $5
         WHERE id = $1 AND acknowledged_at IS NULL`,
        [id, now, by, answer.kind, answer.text],
      );
      const { rows } = await tx.query<EscalationRow & Record<string, unknown>>(
        'SELECT * FROM escalations WHERE id = $1',
        [id],
      );
      if (updated.affected > 0) {
        await tx.query('SELECT pg_notify($1, $2)', [HUB_CHANNEL, 'escalations']);
      }
      const row = rows[0];
      return row ? { row, changed: updated.affected > 0 } : null;
    });
  }

  /** A rep's escalations still open or answered since `answeredSince`, newest first. */
  async repEscalations(repId: string, answeredSince: number, limit: number) {
    const { rows } = await this.db.query<EscalationRow & Record<string, unknown>>(
      `SELECT * FROM escalations
       WHERE rep_id = $1 AND (acknowledged_at IS NULL OR acknowledged_at >= $2)
       ORDER BY raised_at DESC, id LIMIT $3`,
      [repId, answeredSince, limit],
    );
    return rows;
  }

  async alertHistory(limit: number): Promise<AlertRow[]> {
    const { rows } = await this.db.query<AlertRow & Record<string, unknown>>(
      'SELECT * FROM alerts ORDER BY raised_at DESC, id LIMIT $1',
      [limit],
    );
    return rows;
  }

  async openEscalations(): Promise<EscalationRow[]> {
    const { rows } = await this.db.query<EscalationRow & Record<string, unknown>>(
      'SELECT * FROM escalations WHERE acknowledged_at IS NULL ORDER BY raised_at',
    );
    return rows;
  }

  async wallTokens(): Promise<WallTokenRow[]> {
    const { rows } = await this.db.query<WallTokenRow & Record<string, unknown>>(
      'SELECT * FROM wall_tokens ORDER BY created_at, id',
    );
    return rows;
  }

  async createWallToken(row: Omit<WallTokenRow, 'revoked_at' | 'revoked_by'>): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO wall_tokens (id, token, label, created_at, created_by)
         VALUES ($1, $2, $3, $4, $5)`,
        [row.id, row.token, row.label, row.created_at, row.created_by],
      );
      await tx.query('SELECT pg_notify($1, $2)', [HUB_CHANNEL, 'walls']);
    });
  }

  /** False when there is no such token or it was already revoked. */
  async revokeWallToken(id: string, by: string, now: number): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const { affected } = await tx.query(
        `UPDATE wall_tokens SET revoked_at = $2, revoked_by = $3
         WHERE id = $1 AND revoked_at IS NULL`,
        [id, now, by],
      );
      if (affected > 0) await tx.query('SELECT pg_notify($1, $2)', [HUB_CHANNEL, 'walls']);
      return affected > 0;
    });
  }

  private async acknowledge<Row>(
    table: 'alerts',
    signal: HubSignal,
    id: string,
    by: string,
    now: number,
  ): Promise<{ row: Row; changed: boolean } | null> {
    return this.db.transaction(async (tx) => {
      const updated = await tx.query(
        `UPDATE ${table} SET acknowledged_at = $3, acknowledged_by = $2
         WHERE id = $1 AND acknowledged_at IS NULL`,
        [id, by, now],
      );
      const { rows } = await tx.query<Row & Record<string, unknown>>(
        `SELECT * FROM ${table} WHERE id = $1`,
        [id],
      );
      if (updated.affected > 0) await tx.query('SELECT pg_notify($1, $2)', [HUB_CHANNEL, signal]);
      const row = rows[0];
      return row ? { row, changed: updated.affected > 0 } : null;
    });
  }
}

function storedEvent(row: { event_json: string; received_at: number }): StoredEvent {
  return { event: JSON.parse(row.event_json) as FloorEvent, receivedAt: Number(row.received_at) };
}
