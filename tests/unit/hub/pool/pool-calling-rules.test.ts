import { describe, expect, it } from 'vitest';
import { MINUTE_MS } from '../../../../shared/clock';
import type { PoolLeadState } from '../../../../electron/hub/pool/claims/pool-lead-state';
import { orderPoolLeads } from '../../../../electron/hub/pool/routing/pool-order';
import { SIM_RULES } from './pool-sim';
import { freshPoolLead } from '../../../support/pool-lead';

/** Monday 7 Dec 2026, 20:30 in Miami and New York (EST, UTC−5). */
const EVENING = Date.UTC(2026, 11, 8, 1, 30, 0);

function lead(id: string, phoneE164: string, fields: Partial<PoolLeadState> = {}): PoolLeadState {
  return freshPoolLead(id, EVENING - MINUTE_MS, {
    phoneE164,
    timeZone: 'America/New_York',
    ...fields,
  });
}

const offered = (leads: PoolLeadState[], now: number) =>
  orderPoolLeads(
    leads,
    now,
    () => SIM_RULES,
    () => false,
  ).map((entry) => entry.lead.id);

describe('the pool and the calling rules by state', () => {
  it('does not offer a Florida lead at 20:30 Miami time, while a New York lead goes out', () => {
    const leads = [
      lead('miami', '+13055550100'),
      lead('tampa-address', '+12125550111', { country: 'US', region: 'FL' }),
      lead('new-york', '+12125550100'),
    ];
    expect(offered(leads, EVENING)).toEqual(['new-york']);
    // At 10:00 the next morning all three may be called.
    expect(offered(leads, EVENING + 13.5 * 60 * MINUTE_MS).sort()).toEqual([
      'miami',
      'new-york',
      'tampa-address',
    ]);
  });

  it('never offers a US lead whose address and number name no state (the rep would hold it)', () => {
    const tollFree = lead('toll-free', '+18005550100', { country: 'US' });
    expect(offered([tollFree], EVENING - 6 * 60 * MINUTE_MS)).toEqual([]);
  });

  it("counts the team's dials of a number for the cap: a fourth dial in 24 h in Florida waits", () => {
    const morning = EVENING + 13.5 * 60 * MINUTE_MS;
    const miami = lead('miami', '+13055550100');
    const newYork = lead('new-york', '+12125550100');
    const threeDials = [morning - 20 * 60 * MINUTE_MS, morning - 60 * MINUTE_MS, morning - 1];
    const dialsOf = (dials: readonly number[]) => () => dials;
    const order = (dials: readonly number[], now: number) =>
      orderPoolLeads(
        [miami, newYork],
        now,
        () => SIM_RULES,
        () => false,
        dialsOf(dials),
      ).map((entry) => entry.lead.id);
    expect(order(threeDials, morning)).toEqual(['new-york']);
    expect(order(threeDials.slice(1), morning).sort()).toEqual(['miami', 'new-york']);
    // 24 hours after the first of the three, the cap opens again.
    expect(order(threeDials, threeDials[0]! + 24 * 60 * MINUTE_MS).sort()).toEqual([
      'miami',
      'new-york',
    ]);
  });
});
