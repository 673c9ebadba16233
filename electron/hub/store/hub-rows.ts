import type {
  EscalatedCall,
  EscalationAnswer,
  EscalationAnswerKind,
  RepEscalation,
} from '../../../shared/floor/escalation';
import type { FloorAlert, FloorEscalation } from '../../../shared/floor/floor-view';

export interface EscalationRow {
  id: string;
  rep_id: string;
  lead_id: number | null;
  attempt_id: string | null;
  note: string;
  raised_at: number;
  acknowledged_at: number | null;
  acknowledged_by: string | null;
  /** JSON of the EscalatedCall the rep's app sent; null from apps that sent none. */
  call_json: string | null;
  answer: EscalationAnswerKind | null;
  reply: string | null;
}

export function escalationFromRow(row: EscalationRow): FloorEscalation {
  return {
    id: row.id,
    repId: row.rep_id,
    leadId: row.lead_id,
    attemptId: row.attempt_id,
    note: row.note,
    call: row.call_json === null ? null : (JSON.parse(row.call_json) as EscalatedCall),
    raisedAt: row.raised_at,
    acknowledgedAt: row.acknowledged_at,
    acknowledgedBy: row.acknowledged_by,
    answer: answerOfRow(row),
  };
}

export function repEscalationFromRow(row: EscalationRow): RepEscalation {
  return { escalationId: row.id, raisedAt: row.raised_at, answer: answerOfRow(row) };
}

function answerOfRow(row: EscalationRow): EscalationAnswer | null {
  if (row.acknowledged_at === null) return null;
  return {
    // Acknowledged before answers existed (migration 5 marks those too).
    kind: row.answer ?? 'acknowledged',
    text: row.reply,
    by: row.acknowledged_by ?? '',
    at: row.acknowledged_at,
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

export interface RepRow {
  rep_id: string;
  rep_name: string;
  time_zone: string;
  stream_id: string;
  /** The last seq stored of the rep's current stream. */
  last_seq: number;
  node_id: string | null;
  /** Connected to a node that is still beating. */
  live: boolean;
}

export const streamKey = (repId: string, streamId: string) => `${repId}\u0000${streamId}`;

export interface WallTokenRow {
  id: string;
  token: string;
  label: string;
  created_at: number;
  created_by: string;
  revoked_at: number | null;
  revoked_by: string | null;
}
