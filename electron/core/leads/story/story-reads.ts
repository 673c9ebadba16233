import type { Attempt } from '../../../../shared/domain/attempt';
import type { LeadId } from '../../../../shared/domain/lead';
import type { CallbackChange, LeadChange } from '../../../../shared/domain/lead-story';
import { ATTEMPT_COLUMNS, rowToAttempt, type AttemptRow } from '../../dialing';
import { rawSql, sql } from '../../platform/store/sql';
import type { Store } from '../../platform/store/store';

/** A lead's history is read whole: a lead with more than this many dials is an anomaly. */
const HISTORY_LIMIT = 500;

export async function attemptsOf(store: Store, leadId: LeadId): Promise<Attempt[]> {
  const rows = await store.all<AttemptRow>(
    sql`SELECT ${rawSql(ATTEMPT_COLUMNS)} FROM attempts WHERE lead_id = ${leadId}
        ORDER BY started_at DESC, id DESC LIMIT ${HISTORY_LIMIT}`,
  );
  return rows.map(rowToAttempt);
}

interface CallbackChangeRow {
  changed_at: number;
  changed_by: string | null;
  action: string;
  due_before: number | null;
  due_after: number | null;
  reason: string | null;
}

export async function callbackChangesOf(store: Store, leadId: LeadId): Promise<CallbackChange[]> {
  const rows = await store.all<CallbackChangeRow>(
    sql`SELECT changed_at, changed_by, action, due_before, due_after, reason
        FROM callback_changes WHERE lead_id = ${leadId}
        ORDER BY changed_at DESC, id DESC LIMIT ${HISTORY_LIMIT}`,
  );
  return rows.map((row) => ({
    at: row.changed_at,
    by: row.changed_by,
    action: row.action,
    dueBefore: row.due_before,
    dueAfter: row.due_after,
    reason: row.reason,
  }));
}

interface LeadChangeRow {
  changed_at: number;
  changed_by: string | null;
  action: LeadChange['action'];
  detail_json: string;
  reason: string | null;
}

export async function leadChangesOf(store: Store, leadId: LeadId): Promise<LeadChange[]> {
  const rows = await store.all<LeadChangeRow>(
    sql`SELECT changed_at, changed_by, action, detail_json, reason
        FROM lead_changes WHERE lead_id = ${leadId}
        ORDER BY changed_at DESC, id DESC LIMIT ${HISTORY_LIMIT}`,
  );
  return rows.map((row) => ({
    at: row.changed_at,
    by: row.changed_by,
    action: row.action,
    fields: JSON.parse(row.detail_json) as LeadChange['fields'],
    reason: row.reason,
  }));
}

export async function campaignNameOf(store: Store, campaignId: string): Promise<string> {
  const row = await store.get<{ name: string }>(
    sql`SELECT name FROM campaigns WHERE id = ${campaignId}`,
  );
  return row?.name ?? campaignId;
}
