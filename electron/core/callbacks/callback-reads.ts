import type { LeadId } from '../../../shared/domain/lead';
import { rawSql, sql, type SqlStatement } from '../platform/store/sql';
import type { Store } from '../platform/store/store';
import { LEAD_COLUMNS, type LeadRow } from '../leads';

const columns = rawSql(LEAD_COLUMNS);

// Every query reads the partial index leads_callbacks (callback_at) WHERE status = 'callback',
// named outright: without statistics the planner would sort all of a status's leads instead.
const callbacks = rawSql('leads INDEXED BY leads_callbacks');

/** Callbacks due at or before `now`, oldest promise first. */
export function overdueCallbacksStatement(now: number, limit: number): SqlStatement {
  return sql`SELECT ${columns} FROM ${callbacks} WHERE status = 'callback' AND callback_at <= ${now}
    ORDER BY callback_at, id LIMIT ${limit}`;
}

/** Callbacks due after `now`, soonest first. */
export function upcomingCallbacksStatement(now: number, limit: number): SqlStatement {
  return sql`SELECT ${columns} FROM ${callbacks} WHERE status = 'callback' AND callback_at > ${now}
    ORDER BY callback_at, id LIMIT ${limit}`;
}

export type ReminderRow = Pick<
  LeadRow,
  'id' | 'first_name' | 'last_name' | 'company' | 'time_zone' | 'last_note'
> & { callback_at: number };

const reminderColumns = rawSql(
  'id, first_name, last_name, company, time_zone, last_note, callback_at',
);

/** Callbacks due in [from, until], soonest first: the ones whose reminder time has come. */
export function callbacksDueBetween(store: Store, from: number, until: number) {
  return store.all<ReminderRow>(
    sql`SELECT ${reminderColumns} FROM ${callbacks} WHERE status = 'callback'
        AND callback_at >= ${from} AND callback_at <= ${until} ORDER BY callback_at, id`,
  );
}

/** The first callback due after `after`: the next reminder to wait for. */
export function firstCallbackAfter(store: Store, after: number) {
  return store.get<ReminderRow>(
    sql`SELECT ${reminderColumns} FROM ${callbacks} WHERE status = 'callback' AND callback_at > ${after}
        ORDER BY callback_at, id LIMIT 1`,
  );
}

export interface CallbackChange {
  leadId: LeadId;
  changedAt: number;
  changedBy: string | null;
  action: 'scheduled' | 'rescheduled' | 'canceled';
  dueBefore: number | null;
  dueAfter: number | null;
  reason: string | null;
}

/** Every move or cancellation of a promised call is kept with who did it and why. */
export function callbackChangeStatement(change: CallbackChange): SqlStatement {
  return sql`INSERT INTO callback_changes (lead_id, changed_at, changed_by, action, due_before,
    due_after, reason) VALUES (${change.leadId}, ${change.changedAt}, ${change.changedBy},
    ${change.action}, ${change.dueBefore}, ${change.dueAfter}, ${change.reason})`;
}
