/** A pool lead's status (docs/TEAM_POOL.md): the row's `status` column. */
export type PoolLeadStatus =
  | 'queued'
  | 'held'
  | 'merged'
  | 'do-not-call'
  | 'assigned'
  | 'dialing'
  | 'retry'
  | 'callback'
  | 'done';

/** The statuses a lead waits in for a rep: routing offers only these. */
export const WAITING_STATUSES = ['queued', 'retry', 'callback'] as const;
export type WaitingStatus = (typeof WAITING_STATUSES)[number];

/** The fields of a `pool_leads` row that routing and claims read and write. */
export interface PoolLeadState {
  id: string;
  campaignId: string;
  phoneE164: string;
  source: string | null;
  timeZone: string | null;
  /** The address the calling rules read with the number's area code (docs/CALLING_RULES.md). */
  country?: string | null;
  region?: string | null;
  postalCode?: string | null;
  /** When the lead arrived at its source: the speed-to-lead clock starts here. */
  createdAt: number;
  /** When the hub took it in: how long it has waited for a rep on this floor. */
  arrivedAt: number;
  status: PoolLeadStatus;
  assignedRep: string | null;
  /** Bumps on every offer: the offer's id is `<id>:<assignment>`. */
  assignment: number;
  /** The claim (assigned) or the dialing hold (dialing) ends here, on the hub's clock. */
  claimUntil: number | null;
  /** An offer's lease is renewed up to here: when it was made plus the campaign's claim time. */
  claimDeadline: number | null;
  /** Times the lead went back to the pool from a rep who did not dial it. */
  reassignCount: number;
  attemptCount: number;
  firstAttemptAt: number | null;
  /** A retry may be dialed from here on. */
  nextDueAt: number | null;
  /** The rep who promised the callback: it stays theirs while they work. */
  callbackRep: string | null;
  callbackAt: number | null;
  lastOutcome: string | null;
}

export function offerIdOf(lead: Pick<PoolLeadState, 'id' | 'assignment'>): string {
  return `${lead.id}:${lead.assignment}`;
}

/** Where a lead that a rep gives back waits: its callback, its first call, or its next retry. */
export function waitingStatusOf(
  lead: Pick<PoolLeadState, 'attemptCount' | 'callbackAt'>,
): WaitingStatus {
  if (lead.callbackAt !== null) return 'callback';
  return lead.attemptCount === 0 ? 'queued' : 'retry';
}
