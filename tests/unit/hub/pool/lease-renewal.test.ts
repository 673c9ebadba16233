import { describe, expect, it } from 'vitest';
import { MINUTE_MS } from '../../../../shared/clock';
import { DEFAULT_CLAIM_POLICY } from '../../../../electron/hub/pool/claims/claim-policy';
import {
  LEASE_RENEWAL_GAP_MS,
  offerLead,
} from '../../../../electron/hub/pool/claims/claim-transitions';
import { sweepClaims } from '../../../../electron/hub/pool/claims/sweep-claims';
import { freshPoolLead } from '../../../support/pool-lead';

const OFFERED_AT = Date.UTC(2026, 11, 7, 15, 0, 0);
const live = () => ({ live: true, paused: false });
const sweep = (lead: ReturnType<typeof offerLead>, now: number) =>
  sweepClaims(
    [lead],
    now,
    live,
    () => DEFAULT_CLAIM_POLICY,
    () => 6,
  );

describe('lease renewal', () => {
  const offered = offerLead(
    freshPoolLead('lead-1', OFFERED_AT - MINUTE_MS),
    'ana',
    OFFERED_AT,
    DEFAULT_CLAIM_POLICY,
  );

  it('leaves a lease alone until the renewal gap has run: no write on every pass', () => {
    expect(offered.claimUntil).toBe(OFFERED_AT + MINUTE_MS);
    expect(sweep(offered, OFFERED_AT + 100)).toEqual([]);
    expect(sweep(offered, OFFERED_AT + LEASE_RENEWAL_GAP_MS - 1)).toEqual([]);
  });

  it('renews it a step ahead once the gap has run, never past the claim time', () => {
    const at = OFFERED_AT + LEASE_RENEWAL_GAP_MS;
    expect(sweep(offered, at).map((change) => change.after.claimUntil)).toEqual([at + MINUTE_MS]);
    const nearDeadline = OFFERED_AT + 2.5 * MINUTE_MS;
    const late = { ...offered, claimUntil: nearDeadline + 1_000 };
    expect(sweep(late, nearDeadline).map((change) => change.after.claimUntil)).toEqual([
      OFFERED_AT + 3 * MINUTE_MS,
    ]);
  });
});
