import type { TimerHandle } from '../../../../shared/clock';
import type { Attempt } from '../../../../shared/domain/attempt';
import type { AnsweredBy } from '../../../../shared/domain/call';
import type { PauseCode } from '../../../../shared/domain/session';
import type { LeadOffer } from './session-ports';
import type { IdleReason, PauseReason } from './session-snapshot';

export interface OutcomeDraft {
  outcomeCode: string | null;
  note: string;
  callbackAt: number | null;
  automatic: boolean;
  /** A do-not-call outcome was chosen a second time, on purpose: only then may it be saved. */
  dncConfirmed: boolean;
}

/** One attempt from the moment it is stored until its outcome is recorded. Internal, mutable. */
export interface ActiveCall {
  attempt: Attempt;
  /** provider.dial() was called; before that, nothing rings anywhere. */
  placed: boolean;
  answeredBy: AnsweredBy | null;
  /** The line was put through to the rep (a person, or a machine the rep chose to talk to). */
  reachedRep: boolean;
  hangupSent: boolean;
  endRequestedByRep: boolean;
  muted: boolean;
  /** The stuck-dialing timer while dialing, the no-answer timer while ringing. */
  timer: TimerHandle | null;
  qualityWarnings: Set<string>;
  draft: OutcomeDraft;
}

export interface WrapUp {
  deadline: number | null;
  timer: TimerHandle | null;
}

export interface Pause {
  code: PauseCode;
  reason: PauseReason;
  since: number;
}

type CallStateName = 'dialing' | 'ringing' | 'connected';

export type InCall = {
  [N in CallStateName]: { name: N; offer: LeadOffer; call: ActiveCall };
}[CallStateName];

export type SessionState =
  | { name: 'idle'; reason: IdleReason }
  | { name: 'preview'; offer: LeadOffer }
  | InCall
  | { name: 'wrap-up'; offer: LeadOffer; call: ActiveCall; wrapUp: WrapUp }
  | {
      name: 'paused';
      pause: Pause;
      /** A call whose wrap-up expired without a usable outcome: resume returns to it. */
      unfinished: { offer: LeadOffer; call: ActiveCall } | null;
    };

export type StateOf<N extends SessionState['name']> = Extract<SessionState, { name: N }>;

export function isInCall(state: SessionState): state is InCall {
  return state.name === 'dialing' || state.name === 'ringing' || state.name === 'connected';
}

/** The call the rep is working on in any state: live, in wrap-up, or awaiting its outcome. */
export function currentCall(state: SessionState): { offer: LeadOffer; call: ActiveCall } | null {
  if (isInCall(state) || state.name === 'wrap-up') return state;
  if (state.name === 'paused') return state.unfinished;
  return null;
}

export function newActiveCall(attempt: Attempt): ActiveCall {
  return {
    attempt,
    placed: false,
    answeredBy: null,
    reachedRep: false,
    hangupSent: false,
    endRequestedByRep: false,
    muted: false,
    timer: null,
    qualityWarnings: new Set(),
    draft: {
      outcomeCode: null,
      note: '',
      callbackAt: null,
      automatic: false,
      dncConfirmed: false,
    },
  };
}
