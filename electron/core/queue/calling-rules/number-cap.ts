import { DAY_MS } from '../../../../shared/clock';
import type { CallingRule } from '../../../../shared/domain/calling-rules';

export interface CapHold {
  rule: CallingRule;
  /** When the oldest of the counted dials leaves the rolling 24 hours. */
  opensAt: number;
}

/**
 * The strictest cap the number has reached at `now`: with a cap of 3, the number may be dialed
 * again once the third-latest dial is 24 hours old. `dials` are the number's dial times (any
 * order, any campaign, any rep), at least those of the last 24 hours.
 */
export function capHolding(
  rules: readonly CallingRule[],
  dials: readonly number[],
  now: number,
): CapHold | null {
  const recent = dials.filter((at) => at > now - DAY_MS && at <= now).sort((a, b) => b - a);
  let holding: CapHold | null = null;
  for (const rule of rules) {
    const cap = rule.maxAttemptsPer24h;
    if (cap === null || recent.length < cap) continue;
    const opensAt = recent[cap - 1]! + DAY_MS;
    if (!holding || opensAt > holding.opensAt) holding = { rule, opensAt };
  }
  return holding;
}

/** The strictest cap among the rules, or null when none caps the dials. */
export function strictestCap(rules: readonly CallingRule[]): number | null {
  let cap: number | null = null;
  for (const rule of rules) {
    if (rule.maxAttemptsPer24h !== null) cap = Math.min(cap ?? Infinity, rule.maxAttemptsPer24h);
  }
  return cap;
}
