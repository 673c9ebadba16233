import type { PauseCode } from '../../../../shared/domain/session';
import type { SessionConfig } from './session-config';
import type { LeadOffer } from './session-ports';
import type { CallSnapshot, SessionSnapshot } from './session-snapshot';
import { currentCall, type ActiveCall, type SessionState } from './session-state';

export interface SnapshotParts {
  seq: number;
  repId: string;
  mode: SessionConfig['mode'];
  state: SessionState;
  stateSince: number;
  pauseAfterCall: PauseCode | null;
  lastOutcome: { offer: LeadOffer; call: ActiveCall } | null;
  reopened: { offer: LeadOffer; call: ActiveCall } | null;
  notice: string | null;
  lastError: string | null;
}

/** A fresh plain-data copy of the session's state; leads are shared, never mutated. */
export function snapshotOf(parts: SnapshotParts): SessionSnapshot {
  const { state } = parts;
  const current = currentCall(state);
  const recorded = parts.lastOutcome?.call.attempt;
  return {
    seq: parts.seq,
    repId: parts.repId,
    mode: parts.mode,
    state: state.name,
    stateSince: parts.stateSince,
    offer: state.name === 'preview' ? state.offer : (current?.offer ?? null),
    call: current ? callSnapshot(current.call) : null,
    draft: current ? { ...current.call.draft } : null,
    wrapUpDeadline: state.name === 'wrap-up' ? state.wrapUp.deadline : null,
    pause: state.name === 'paused' ? { ...state.pause } : null,
    pauseAfterCall: parts.pauseAfterCall,
    idleReason: state.name === 'idle' ? state.reason : null,
    lastOutcome:
      recorded && recorded.outcomeCode !== null
        ? {
            attemptId: recorded.id,
            leadId: recorded.leadId,
            outcomeCode: recorded.outcomeCode,
            notOnTheLine: recorded.notOnTheLine,
          }
        : null,
    reopened: parts.reopened
      ? { attemptId: parts.reopened.call.attempt.id, leadId: parts.reopened.offer.lead.id }
      : null,
    notice: parts.notice,
    lastError: parts.lastError,
  };
}

function callSnapshot(call: ActiveCall): CallSnapshot {
  const { attempt } = call;
  return {
    attemptId: attempt.id,
    providerCallId: attempt.providerCallId,
    startedAt: attempt.startedAt,
    ringingAt: attempt.ringingAt,
    answeredAt: attempt.answeredAt,
    answeredBy: call.answeredBy,
    endedAt: attempt.endedAt,
    endReason: attempt.endReason,
    muted: call.muted,
    presentedCallerId: attempt.presentedCallerId,
    qualityWarnings: [...call.qualityWarnings],
  };
}
