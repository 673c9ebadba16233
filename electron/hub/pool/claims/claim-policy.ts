import { MINUTE_MS, HOUR_MS } from '../../../../shared/clock';

/** How long claims and holds last; per campaign where the campaign says so. */
export interface ClaimPolicy {
  /**
   * An offer not dialed within this goes back to the pool (default 3 min). A team campaign sets
   * its own (`claimMinutes`, see claimPolicyFor); this is for a lead of a campaign the hub lacks.
   */
  claimMs: number;
  /** A lease runs this far ahead of the last renewal, never past the claim time. */
  leaseStepMs: number;
  /** The hub refuses a dial whose lease ends within this: the rep must still place the call. */
  dialMarginMs: number;
  /** A dialed lead with no outcome this long after its dial counts as attempted and returns. */
  dialingHoldMs: number;
  /** A callback's owner keeps it this long past its time; after that, if absent, it moves. */
  callbackOwnerGraceMs: number;
}

export const DEFAULT_CLAIM_POLICY: ClaimPolicy = {
  claimMs: 3 * MINUTE_MS,
  leaseStepMs: MINUTE_MS,
  dialMarginMs: 2_000,
  dialingHoldMs: 2 * HOUR_MS,
  callbackOwnerGraceMs: 15 * MINUTE_MS,
};

/** The hub's policy with the claim time the lead's team campaign sets, when the hub knows it. */
export function claimPolicyFor(base: ClaimPolicy, claimMinutes: number | undefined): ClaimPolicy {
  return claimMinutes === undefined ? base : { ...base, claimMs: claimMinutes * MINUTE_MS };
}
