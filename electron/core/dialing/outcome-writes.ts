import type { Attempt } from '../../../shared/domain/attempt';
import type { Disposition } from '../../../shared/domain/disposition';
import type { LeadTiming } from '../../../shared/kpi';
import { applyOutcome } from '../queue';
import type { CampaignRules } from '../queue';
import { AttemptRepository } from './attempt-repository';
import { DncRepository } from '../dnc';
import type { OutcomeLeadRow, UndoRow } from '../queue/store';
import {
  queueStateOf,
  updateQueueStateStatement,
  withQueueColumns,
  type LeadQueueState,
} from '../queue/store';
import { rowToLead } from '../leads';
import { OutcomeUndoRepository } from './outcome-undo-repository';
import type { SqlStatement } from '../platform/store/sql';
import type { QueueMembership } from '../queue/store';

export interface OutcomeWrite {
  statements: SqlStatement[];
  lead: LeadTiming;
  queue: QueueMembership;
}

/**
 * Everything one outcome changes, for a single atomic write: the attempt with its outcome, the
 * lead's new queue state (applyOutcome), the lead's state before (for undo), and the number on
 * the DNC list when the disposition says so. Written twice, it lands the same: the second write
 * starts again from the state saved before the first.
 */
export function outcomeWrite(
  row: OutcomeLeadRow,
  attempt: Attempt,
  disposition: Disposition,
  rules: CampaignRules,
  recordedAt: number,
  options: {
    /** false for a skipped call's outcome: the rep's last outcome stays the one undo takes back. */
    undoable?: boolean;
    /** A retry waits at least until then: the number's cap of dials in 24 hours is reached. */
    retryNotBefore?: number | null;
  } = {},
): OutcomeWrite {
  const { undoable = true, retryNotBefore = null } = options;
  const lead = rowToLead(row);
  const before: LeadQueueState =
    row.undo_json === null
      ? queueStateOf(lead, row)
      : OutcomeUndoRepository.parseLeadBefore(row.undo_json);
  const update = applyOutcome(
    { ...before, timeZone: lead.timeZone },
    disposition,
    recordedAt,
    rules,
    attempt.callbackAt,
  );
  // The speed-to-lead clock stops at the first dial, not at the first outcome.
  const firstAttemptAt =
    before.firstAttemptAt ?? Math.min(row.first_started ?? attempt.startedAt, attempt.startedAt);
  const after = withQueueColumns(
    lead,
    {
      status: update.status,
      attemptCount: update.attemptCount,
      firstAttemptAt,
      lastAttemptAt: update.lastAttemptAt,
      nextEligibleAt:
        update.status === 'retry' && retryNotBefore !== null
          ? Math.max(update.nextEligibleAt ?? 0, retryNotBefore)
          : update.nextEligibleAt,
      callbackAt: update.callbackAt,
      lastOutcome: update.lastOutcome,
      lastNote: attempt.note ?? before.lastNote,
    },
    rules,
  );
  const undo = [
    OutcomeUndoRepository.clearForRepStatement(attempt.repId),
    OutcomeUndoRepository.saveStatement({
      attemptId: attempt.id,
      repId: attempt.repId,
      leadId: lead.id,
      recordedAt,
      leadBefore: before,
    }),
  ];
  const statements: SqlStatement[] = [
    AttemptRepository.saveWithOutcomeStatement(attempt),
    updateQueueStateStatement(lead.id, after),
    ...(undoable ? undo : []),
    DncRepository.removeAddedByAttemptStatement(attempt.id),
  ];
  if (update.addToDncList) {
    statements.push(
      DncRepository.addStatement({
        phoneE164: lead.phoneE164,
        addedAt: recordedAt,
        reason: `outcome: ${disposition.label}`,
        source: 'outcome',
        addedBy: attempt.repId,
        attemptId: attempt.id,
      }),
    );
  }
  return {
    statements,
    lead: { id: lead.id, createdAt: lead.createdAt, firstAttemptAt },
    queue: {
      wasQueued: row.queue_tier !== null,
      isQueued: after.queueTier !== null,
      dncListChanged: update.addToDncList || row.listed_by_attempt !== null,
    },
  };
}

/** Restores the lead exactly as it was before the outcome and takes the outcome back. */
export function undoWrite(row: UndoRow, attemptId: string): OutcomeWrite {
  const before = OutcomeUndoRepository.parseLeadBefore(row.lead_before_json);
  return {
    statements: [
      updateQueueStateStatement(row.lead_id, before),
      AttemptRepository.clearOutcomeStatement(attemptId),
      DncRepository.removeAddedByAttemptStatement(attemptId),
      OutcomeUndoRepository.deleteStatement(attemptId),
    ],
    lead: { id: row.lead_id, createdAt: row.created_at, firstAttemptAt: before.firstAttemptAt },
    queue: {
      wasQueued: row.queue_tier !== null,
      isQueued: before.queueTier !== null,
      dncListChanged: row.listed_by_attempt !== null,
    },
  };
}
