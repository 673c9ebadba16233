import type { PoolLeadState } from '../../electron/hub/pool/claims/pool-lead-state';

/**
 * A pool lead as intake leaves it: queued since `arrivedAt` (which is also when it was created),
 * never offered or dialed, in "Web leads", a Denver number made from the id's digits.
 */
export function freshPoolLead(
  id: string,
  arrivedAt: number,
  fields: Partial<PoolLeadState> = {},
): PoolLeadState {
  return {
    id,
    campaignId: 'web-leads',
    phoneE164: `+1303555${id.replace(/\D/g, '').padStart(4, '0').slice(-4)}`,
    source: 'web',
    timeZone: 'America/Denver',
    createdAt: arrivedAt,
    arrivedAt,
    status: 'queued',
    assignedRep: null,
    assignment: 0,
    claimUntil: null,
    claimDeadline: null,
    reassignCount: 0,
    attemptCount: 0,
    firstAttemptAt: null,
    nextDueAt: null,
    callbackRep: null,
    callbackAt: null,
    lastOutcome: null,
    ...fields,
  };
}
