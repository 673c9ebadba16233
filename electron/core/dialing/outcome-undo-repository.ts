import type { LeadId } from '../../../shared/domain/lead';
import { sql, type SqlStatement } from '../platform/store/sql';
import type { LeadQueueState } from '../queue/store';

export interface OutcomeUndo {
  attemptId: string;
  repId: string;
  leadId: LeadId;
  recordedAt: number;
  /** The lead exactly as it was before the outcome was applied. */
  leadBefore: LeadQueueState;
}

/**
 * The lead's state before each outcome, kept in the same write as the outcome so an undo restores
 * it exactly, even after a restart. Only the rep's latest outcome can be undone, so a rep's rows
 * are dropped when their next attempt starts.
 */
export const OutcomeUndoRepository = {
  saveStatement(undo: OutcomeUndo): SqlStatement {
    return sql`INSERT OR REPLACE INTO outcome_undo (attempt_id, rep_id, lead_id, recorded_at,
      lead_before_json) VALUES (${undo.attemptId}, ${undo.repId}, ${undo.leadId},
      ${undo.recordedAt}, ${JSON.stringify(undo.leadBefore)})`;
  },

  deleteStatement(attemptId: string): SqlStatement {
    return sql`DELETE FROM outcome_undo WHERE attempt_id = ${attemptId}`;
  },

  clearForRepStatement(repId: string): SqlStatement {
    return sql`DELETE FROM outcome_undo WHERE rep_id = ${repId}`;
  },

  parseLeadBefore(json: string): LeadQueueState {
    return JSON.parse(json) as LeadQueueState;
  },
};
