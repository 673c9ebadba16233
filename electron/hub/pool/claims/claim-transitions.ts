/**
 * A pool lead's claim, as pure transitions: the hub's SQL locks the row, applies one of these
 * and writes the result back in the same transaction, so every node decides the same way.
 * Invariant: a lead is `dialing` for at most one rep, and only after that rep's pool-dial was
 * accepted while its claim held; a lead once dialed never waits as `queued` again.
 */
import type { ClaimPolicy } from './claim-policy';
import { offerIdOf, waitingStatusOf, type PoolLeadState } from './pool-lead-state';

/** Why a lead went back to the pool from the rep who held it. */
export type ReleaseReason = 'expired' | 'paused' | 'disconnected' | 'do-not-call' | 'moved';

export const RELEASE_TEXT: Readonly<Record<ReleaseReason, string>> = {
  expired: 'not dialed within the claim time',
  paused: 'the rep paused',
  disconnected: 'the rep disconnected',
  'do-not-call': 'the number is on the do-not-call list',
  moved: 'a free rep takes it while you are on a call',
};

export type DialRefusal =
  'no-such-offer' | 'not-yours' | 'claim-expired' | 'already-dialing' | 'do-not-call';

export const DIAL_REFUSAL_TEXT: Readonly<Record<DialRefusal, string>> = {
  'no-such-offer': 'The hub took this lead back: it is no longer offered to you.',
  'not-yours': 'Another rep holds this lead now.',
  'claim-expired': 'Your claim on this lead ran out; it went back to the team pool.',
  'already-dialing': 'This lead is already being dialed.',
  'do-not-call': 'The number is on the team do-not-call list.',
};

export type DialVerdict = { ok: true; lead: PoolLeadState } | { ok: false; reason: DialRefusal };

/** The lead offered to `repId` until its first lease ends. Only a waiting lead can be offered. */
export function offerLead(
  lead: PoolLeadState,
  repId: string,
  now: number,
  policy: ClaimPolicy,
): PoolLeadState {
  if (lead.status !== 'queued' && lead.status !== 'retry' && lead.status !== 'callback') {
    throw new Error(`Lead ${lead.id} is ${lead.status}: only a waiting lead can be offered`);
  }
  const claimDeadline = now + policy.claimMs;
  return {
    ...lead,
    status: 'assigned',
    assignedRep: repId,
    assignment: lead.assignment + 1,
    claimDeadline,
    claimUntil: Math.min(claimDeadline, now + policy.leaseStepMs),
  };
}

/**
 * A lease is renewed at most this often: a renewal at every pass would write every held lead
 * many times a second under load, for a lease that still has most of its step to run.
 */
export const LEASE_RENEWAL_GAP_MS = 10_000;

/**
 * The rep is still connected: an offer's lease runs on, never past its claim time (renewed once
 * LEASE_RENEWAL_GAP_MS of its step has run). A dialed lead's hold is not renewed: a rep whose
 * dial answer was lost is connected but not calling it, and the lead must come back one day; the
 * outcome of a real call arrives long before.
 */
export function renewClaim(lead: PoolLeadState, now: number, policy: ClaimPolicy): PoolLeadState {
  if (lead.status !== 'assigned' || lead.claimDeadline === null) return lead;
  const renewalDue = now + policy.leaseStepMs - LEASE_RENEWAL_GAP_MS;
  if (lead.claimUntil !== null && lead.claimUntil > renewalDue) return lead;
  const claimUntil = Math.min(lead.claimDeadline, now + policy.leaseStepMs);
  return claimUntil > (lead.claimUntil ?? 0) ? { ...lead, claimUntil } : lead;
}

/**
 * An offered lead back to where it waits (or off the list for do-not-call). A lead moved to a
 * free rep was not given back: it does not count as reassigned.
 */
export function releaseClaim(lead: PoolLeadState, reason: ReleaseReason): PoolLeadState {
  if (lead.status !== 'assigned') return lead;
  const givenBack = reason !== 'do-not-call' && reason !== 'moved';
  return {
    ...lead,
    status: reason === 'do-not-call' ? 'do-not-call' : waitingStatusOf(lead),
    assignedRep: null,
    claimUntil: null,
    claimDeadline: null,
    reassignCount: lead.reassignCount + (givenBack ? 1 : 0),
  };
}

/** The hub's answer to a rep's pool-dial: ok only while that rep's claim holds with the margin. */
export function acceptDial(
  lead: PoolLeadState,
  repId: string,
  offerId: string,
  now: number,
  policy: ClaimPolicy,
  onDncList: boolean,
): DialVerdict {
  if (lead.status === 'dialing') {
    return { ok: false, reason: lead.assignedRep === repId ? 'already-dialing' : 'not-yours' };
  }
  if (lead.status !== 'assigned') return { ok: false, reason: 'no-such-offer' };
  if (lead.assignedRep !== repId) return { ok: false, reason: 'not-yours' };
  if (offerIdOf(lead) !== offerId) return { ok: false, reason: 'no-such-offer' };
  if (onDncList) return { ok: false, reason: 'do-not-call' };
  if (lead.claimUntil === null || lead.claimUntil - policy.dialMarginMs <= now) {
    return { ok: false, reason: 'claim-expired' };
  }
  return {
    ok: true,
    lead: {
      ...lead,
      status: 'dialing',
      claimUntil: now + policy.dialingHoldMs,
      claimDeadline: null,
      firstAttemptAt: lead.firstAttemptAt ?? now,
    },
  };
}

/** What the rep's store made of the lead after the attempt's outcome. */
export interface PoolAttemptResult {
  status: 'retry' | 'callback' | 'done' | 'do-not-call';
  nextDueAt: number | null;
  callbackAt: number | null;
}

export interface PoolAttemptReport {
  repId: string;
  startedAt: number;
  outcomeCode: string;
  result: PoolAttemptResult;
  /** False when this attempt was reported before (a changed outcome): it is not counted again. */
  firstReport: boolean;
}

/**
 * An attempt's outcome. The rep who dials the lead settles it; a late report about a lead that
 * another rep holds now is only counted, never takes the lead from them.
 */
export function recordAttempt(lead: PoolLeadState, report: PoolAttemptReport): PoolLeadState {
  const counted: PoolLeadState = {
    ...lead,
    attemptCount: lead.attemptCount + (report.firstReport ? 1 : 0),
    firstAttemptAt: Math.min(lead.firstAttemptAt ?? report.startedAt, report.startedAt),
  };
  const heldByOther =
    (lead.status === 'assigned' || lead.status === 'dialing') && lead.assignedRep !== report.repId;
  if (heldByOther || lead.status === 'do-not-call' || lead.status === 'merged') return counted;
  if (lead.status === 'assigned') return counted; // the same rep again: its offer stands
  const { result } = report;
  return {
    ...counted,
    status: result.status,
    assignedRep: null,
    claimUntil: null,
    claimDeadline: null,
    nextDueAt: result.status === 'retry' ? result.nextDueAt : null,
    callbackAt: result.status === 'callback' ? result.callbackAt : null,
    callbackRep: result.status === 'callback' ? report.repId : null,
    lastOutcome: report.outcomeCode,
  };
}

/**
 * The rep withdrew the outcome that settled the lead (undo): the lead is theirs again, held as
 * dialed, so no one else is offered it while they record the outcome again. Its attempt was
 * counted and stays counted. A lead another rep holds, or one no longer settled, is left alone.
 */
export function reopenForOutcome(
  lead: PoolLeadState,
  repId: string,
  now: number,
  policy: ClaimPolicy,
): PoolLeadState {
  if (lead.status !== 'retry' && lead.status !== 'callback' && lead.status !== 'done') return lead;
  return {
    ...lead,
    status: 'dialing',
    assignedRep: repId,
    claimUntil: now + policy.dialingHoldMs,
    claimDeadline: null,
    nextDueAt: null,
    callbackAt: null,
    callbackRep: null,
    lastOutcome: null,
  };
}

/**
 * Claims whose time ran out at `now`: an offer goes back to the pool; a dialed lead whose rep
 * never reported counts as attempted (so it never gets a second first call) and waits as a
 * retry, or is done when that was its last attempt.
 */
export function expireClaim(
  lead: PoolLeadState,
  now: number,
  maxAttempts: number,
): { lead: PoolLeadState; released: 'offer' | 'dialing' } | null {
  if (lead.claimUntil === null || lead.claimUntil > now) return null;
  if (lead.status === 'assigned') return { lead: releaseClaim(lead, 'expired'), released: 'offer' };
  if (lead.status !== 'dialing') return null;
  return {
    released: 'dialing',
    lead: {
      ...lead,
      status: lead.attemptCount + 1 >= maxAttempts ? 'done' : 'retry',
      assignedRep: null,
      claimUntil: null,
      attemptCount: lead.attemptCount + 1,
      nextDueAt: now,
      lastOutcome: 'no-report',
    },
  };
}
