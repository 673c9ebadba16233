import type { AnsweredBy, CallEndReason } from './call';
import type { LeadId } from './lead';
import type { QueueEntry } from './queue';

/** The rep's power-dial session; the text of each name is what the UI shows in `call-state`. */
export type SessionStateName =
  'idle' | 'preview' | 'dialing' | 'ringing' | 'connected' | 'wrap-up' | 'paused';

export const PAUSE_CODES = ['break', 'meeting', 'training', 'admin', 'other'] as const;
export type PauseCode = (typeof PAUSE_CODES)[number];

/** power: the next lead is dialed at once · preview: the rep sees it and starts the dial. */
export type DialMode = 'power' | 'preview';

/** not-started · queue-empty · wrap-up-done (auto-advance is off) · stopped · error (see lastError). */
export type IdleReason = 'not-started' | 'queue-empty' | 'wrap-up-done' | 'stopped' | 'error';

/**
 * rep: the rep paused with a pause code · wrap-up-expired: the countdown ran out with no usable
 * outcome, the call still needs one (resume returns to its wrap-up) · line-failing: too many calls
 * in a row failed, so the session stopped dialing.
 */
export type PauseReason = 'rep' | 'wrap-up-expired' | 'line-failing';

export interface CallSnapshot {
  attemptId: string;
  providerCallId: string | null;
  startedAt: number;
  ringingAt: number | null;
  answeredAt: number | null;
  answeredBy: AnsweredBy | null;
  endedAt: number | null;
  endReason: CallEndReason | null;
  muted: boolean;
  /** The caller ID the prospect sees (local presence's choice); null: the line's own. */
  presentedCallerId: string | null;
  /** Active line-quality warnings, as the provider words them. */
  qualityWarnings: string[];
}

export interface OutcomeDraftSnapshot {
  outcomeCode: string | null;
  note: string;
  callbackAt: number | null;
  /** The session chose the outcome (a call that reached nobody); the rep has not touched it. */
  automatic: boolean;
  /** A do-not-call outcome was chosen a second time, on purpose: only then is it saved. */
  dncConfirmed: boolean;
}

/** What the UI renders: plain data, a fresh object on every change. Times are epoch ms. */
export interface SessionSnapshot {
  /** Grows with every change the core publishes: of two snapshots, the higher seq is the newer. */
  seq: number;
  repId: string;
  mode: DialMode;
  state: SessionStateName;
  stateSince: number;
  /** The lead on screen: previewed, being called, in wrap-up, or awaiting its outcome while paused. */
  offer: QueueEntry | null;
  call: CallSnapshot | null;
  /** The outcome being prepared for `call`; null when there is no call. */
  draft: OutcomeDraftSnapshot | null;
  /** When the wrap-up countdown ends; null outside wrap-up or after a failed save. */
  wrapUpDeadline: number | null;
  pause: { code: PauseCode; reason: PauseReason; since: number } | null;
  /** The rep asked to pause once the current call's outcome is recorded. */
  pauseAfterCall: PauseCode | null;
  idleReason: IdleReason | null;
  /**
   * The last recorded outcome, while it can still be undone: until the next outcome is recorded,
   * even while the next call rings (undo then leaves that call alone: see `reopened`).
   */
  lastOutcome: {
    attemptId: string;
    leadId: LeadId;
    outcomeCode: string;
    /** Kept on a call no person answered, out of the numbers (see Attempt.notOnTheLine). */
    notOnTheLine: boolean;
  } | null;
  /** A call whose outcome the rep withdrew during the next call: its wrap-up follows this call's. */
  reopened: { attemptId: string; leadId: LeadId } | null;
  /** Something the rep should know that is not an error, e.g. a lead skipped by the dial check. */
  notice: string | null;
  lastError: string | null;
}

/** A line the prospect (or their machine) says on a call, for the script panel to show. */
export interface ProspectSpeech {
  attemptId: string;
  at: number;
  text: string;
}
