import { callingRegionsOf } from '../../../../shared/compliance/calling-regions';
import {
  RuleBook,
  callingRulesHold,
  shippedCallingRules,
  type CallingWindow,
} from '../../../core/queue';
import type { PoolLeadState } from '../claims/pool-lead-state';

const book = new RuleBook(shippedCallingRules());
const ruled = new Set(
  book
    .all()
    .filter((rule) => rule.region !== null)
    .map((rule) => `${rule.country} ${rule.region}`),
);

/**
 * Whether the calling rules by state and country (docs/CALLING_RULES.md) let the lead be called
 * now: the pool never offers a lead the rep's own gate would refuse (a Florida lead at 20:30, a US
 * lead whose state is unknown), so no claim runs out on a lead nobody may dial. The rep's gate
 * still decides at dial time, with its admins' rules and its own dials; the cap of dials per number
 * here counts the whole team's.
 */
export function callingRulesAllow(
  lead: PoolLeadState,
  window: CallingWindow,
  now: number,
  dialsOfNumber: readonly number[] = [],
): boolean {
  const regions = callingRegionsOf(
    {
      phoneE164: lead.phoneE164,
      country: lead.country ?? null,
      region: lead.region ?? null,
      postalCode: lead.postalCode ?? null,
    },
    ruled,
  );
  const hold = callingRulesHold({
    calling: book.forRegions(regions),
    timeZone: lead.timeZone ?? 'UTC',
    window,
    dialsOfNumber,
    now,
  });
  return hold === null;
}
