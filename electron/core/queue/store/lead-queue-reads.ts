import type { LeadId } from '../../../../shared/domain/lead';
import { rawSql, sql } from '../../platform/store/sql';
import type { Store } from '../../platform/store/store';
import type { LeadQueueRow } from './lead-queue-state';
import { LEAD_COLUMNS } from '../../leads';

const QUEUE_LEAD_COLUMNS = rawSql(
  `${LEAD_COLUMNS}, queue_tier, queue_due_at,
   (SELECT 1 FROM dnc WHERE dnc.phone_e164 = leads.phone_e164) AS on_dnc`,
);

export type DialCheckRow = LeadQueueRow & { on_dnc: number | null };

export type DialTimeRow = DialCheckRow & {
  /** The last dial of another of the campaign's leads with the same number (someone else's). */
  shared_number_last_at: number | null;
};

/**
 * A fresh read of the lead, whether its number is on the DNC list now, and when its number was
 * last dialed for another lead: the dial-time check.
 */
export function readLeadForDial(store: Store, leadId: LeadId): Promise<DialTimeRow | undefined> {
  return store.get<DialTimeRow>(
    sql`SELECT ${QUEUE_LEAD_COLUMNS},
          (SELECT max(o.last_attempt_at) FROM leads o
            WHERE o.campaign_id = leads.campaign_id AND o.phone_e164 = leads.phone_e164
              AND o.id <> leads.id) AS shared_number_last_at
        FROM leads WHERE id = ${leadId}`,
  );
}

export type OutcomeLeadRow = DialCheckRow & {
  /** The lead's state saved by an earlier write of this same outcome, if any. */
  undo_json: string | null;
  /** 1 when an earlier write of this outcome put the number on the DNC list. */
  listed_by_attempt: number | null;
  /** The earliest stored attempt on the lead. */
  first_started: number | null;
};

/** Everything recording an outcome reads, in one round trip. */
export function readLeadForOutcome(
  store: Store,
  leadId: LeadId,
  attemptId: string,
): Promise<OutcomeLeadRow | undefined> {
  return store.get<OutcomeLeadRow>(
    sql`SELECT ${QUEUE_LEAD_COLUMNS},
          (SELECT lead_before_json FROM outcome_undo WHERE attempt_id = ${attemptId}) AS undo_json,
          (SELECT 1 FROM dnc WHERE attempt_id = ${attemptId} AND source = 'outcome')
            AS listed_by_attempt,
          (SELECT min(started_at) FROM attempts WHERE lead_id = leads.id) AS first_started
        FROM leads WHERE id = ${leadId}`,
  );
}

export interface UndoRow {
  lead_id: number;
  lead_before_json: string;
  created_at: number;
  /** The lead's queue tier now, before the undo. */
  queue_tier: number | null;
  /** 1 when the outcome being undone put the number on the DNC list. */
  listed_by_attempt: number | null;
}

/** The saved pre-outcome state of an attempt's lead, if the outcome can still be undone. */
export function readUndo(store: Store, attemptId: string): Promise<UndoRow | undefined> {
  return store.get<UndoRow>(
    sql`SELECT u.lead_id, u.lead_before_json, l.created_at, l.queue_tier,
          (SELECT 1 FROM dnc WHERE attempt_id = u.attempt_id AND source = 'outcome')
            AS listed_by_attempt
        FROM outcome_undo u JOIN leads l ON l.id = u.lead_id WHERE u.attempt_id = ${attemptId}`,
  );
}
