import type { Lead, LeadId } from '../../../../shared/domain/lead';
import type { CampaignRules } from '../campaign-rules';
import { queueColumns } from '../queue-columns';
import { sql, type SqlStatement } from '../../platform/store/sql';
import type { LeadRow } from '../../leads';

/** The fields of a lead that outcomes, undo and skips change, with its persisted queue order. */
export type LeadQueueState = Pick<
  Lead,
  | 'status'
  | 'attemptCount'
  | 'firstAttemptAt'
  | 'lastAttemptAt'
  | 'nextEligibleAt'
  | 'callbackAt'
  | 'lastOutcome'
  | 'lastNote'
> & { queueTier: number | null; queueDueAt: number | null };

export type LeadQueueRow = LeadRow & { queue_tier: number | null; queue_due_at: number | null };

export function queueStateOf(lead: Lead, row: Pick<LeadQueueRow, 'queue_tier' | 'queue_due_at'>) {
  return {
    status: lead.status,
    attemptCount: lead.attemptCount,
    firstAttemptAt: lead.firstAttemptAt,
    lastAttemptAt: lead.lastAttemptAt,
    nextEligibleAt: lead.nextEligibleAt,
    callbackAt: lead.callbackAt,
    lastOutcome: lead.lastOutcome,
    lastNote: lead.lastNote,
    queueTier: row.queue_tier,
    queueDueAt: row.queue_due_at,
  } satisfies LeadQueueState;
}

/** The state with its queue columns recomputed for the campaign's rules. */
export function withQueueColumns(
  lead: Pick<Lead, 'timeZone' | 'createdAt'>,
  state: Omit<LeadQueueState, 'queueTier' | 'queueDueAt'>,
  rules: CampaignRules,
): LeadQueueState {
  const columns = queueColumns(
    { ...state, timeZone: lead.timeZone, createdAt: lead.createdAt },
    rules,
  );
  return {
    ...state,
    queueTier: columns?.queueTier ?? null,
    queueDueAt: columns?.queueDueAt ?? null,
  };
}

export function updateQueueStateStatement(leadId: LeadId, state: LeadQueueState): SqlStatement {
  return sql`UPDATE leads SET status = ${state.status}, attempt_count = ${state.attemptCount},
    first_attempt_at = ${state.firstAttemptAt}, last_attempt_at = ${state.lastAttemptAt},
    next_eligible_at = ${state.nextEligibleAt}, callback_at = ${state.callbackAt},
    last_outcome = ${state.lastOutcome}, last_note = ${state.lastNote},
    queue_tier = ${state.queueTier}, queue_due_at = ${state.queueDueAt}
    WHERE id = ${leadId}`;
}
