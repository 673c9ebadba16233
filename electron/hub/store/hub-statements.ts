import type { FloorAlert, FloorEscalation } from '../../../shared/floor/floor-view';
import type { EscalationEventBody, FloorEvent } from '../../../shared/floor/protocol';
import type { RepIdentity } from '../../../shared/floor/rep-floor-state';
import { sql, type SqlStatement } from '../../core/platform/store/sql';

/** Every write the hub makes, as parameterized statements. */
export const hubStatements = {
  upsertRep(identity: RepIdentity, streamId: string, now: number): SqlStatement {
    return sql`INSERT INTO reps (rep_id, rep_name, time_zone, stream_id, first_seen_at, last_seen_at)
      VALUES (${identity.repId}, ${identity.repName}, ${identity.timeZone}, ${streamId}, ${now}, ${now})
      ON CONFLICT (rep_id) DO UPDATE SET rep_name = excluded.rep_name,
        time_zone = excluded.time_zone, stream_id = excluded.stream_id,
        last_seen_at = excluded.last_seen_at`;
  },

  insertEvent(event: FloorEvent, streamId: string, receivedAt: number): SqlStatement {
    return sql`INSERT OR IGNORE INTO events
      (event_id, rep_id, stream_id, seq, type, at, received_at, event_json)
      VALUES (${event.eventId}, ${event.repId}, ${streamId}, ${event.seq}, ${event.type},
        ${event.at}, ${receivedAt}, ${JSON.stringify(event)})`;
  },

  advanceStream(repId: string, streamId: string, lastSeq: number): SqlStatement {
    return sql`INSERT INTO streams (rep_id, stream_id, last_seq) VALUES (${repId}, ${streamId}, ${lastSeq})
      ON CONFLICT (rep_id, stream_id) DO UPDATE SET last_seq = max(last_seq, excluded.last_seq)`;
  },

  insertEscalation(repId: string, body: EscalationEventBody, raisedAt: number): SqlStatement {
    return sql`INSERT OR IGNORE INTO escalations (id, rep_id, lead_id, attempt_id, note, raised_at)
      VALUES (${body.escalationId}, ${repId}, ${body.leadId}, ${body.attemptId}, ${body.note}, ${raisedAt})`;
  },

  acknowledgeEscalation(id: string, by: string, at: number): SqlStatement {
    return sql`UPDATE escalations SET acknowledged_at = ${at}, acknowledged_by = ${by}
      WHERE id = ${id} AND acknowledged_at IS NULL`;
  },

  insertAlert(alert: FloorAlert, conditionKey: string): SqlStatement {
    return sql`INSERT OR IGNORE INTO alerts (id, condition_key, kind, rep_id, message, raised_at)
      VALUES (${alert.id}, ${conditionKey}, ${alert.kind}, ${alert.repId}, ${alert.message}, ${alert.raisedAt})`;
  },

  clearAlert(id: string, at: number): SqlStatement {
    return sql`UPDATE alerts SET cleared_at = ${at} WHERE id = ${id} AND cleared_at IS NULL`;
  },

  acknowledgeAlert(id: string, by: string, at: number): SqlStatement {
    return sql`UPDATE alerts SET acknowledged_at = ${at}, acknowledged_by = ${by}
      WHERE id = ${id} AND acknowledged_at IS NULL`;
  },
};

export interface EscalationRow {
  id: string;
  rep_id: string;
  lead_id: number | null;
  attempt_id: string | null;
  note: string;
  raised_at: number;
  acknowledged_at: number | null;
  acknowledged_by: string | null;
}

export function escalationFromRow(row: EscalationRow): FloorEscalation {
  return {
    id: row.id,
    repId: row.rep_id,
    leadId: row.lead_id,
    attemptId: row.attempt_id,
    note: row.note,
    raisedAt: row.raised_at,
    acknowledgedAt: row.acknowledged_at,
    acknowledgedBy: row.acknowledged_by,
  };
}

export interface AlertRow {
  id: string;
  condition_key: string;
  kind: FloorAlert['kind'];
  rep_id: string | null;
  message: string;
  raised_at: number;
  cleared_at: number | null;
  acknowledged_at: number | null;
  acknowledged_by: string | null;
}

export function alertFromRow(row: AlertRow): FloorAlert {
  return {
    id: row.id,
    kind: row.kind,
    repId: row.rep_id,
    message: row.message,
    raisedAt: row.raised_at,
    clearedAt: row.cleared_at,
    acknowledgedAt: row.acknowledged_at,
    acknowledgedBy: row.acknowledged_by,
  };
}
