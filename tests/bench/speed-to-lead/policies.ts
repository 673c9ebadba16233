import { isCallable } from '../../../electron/core/queue/callable';
import type { CampaignRules } from '../../../electron/core/queue/campaign-rules';
import type { DncCheck, QueueLead } from '../../../electron/core/queue/queue-lead';
import { rankQueue } from '../../../electron/core/queue/queue-policy';

/**
 * Which lead next. Every policy dials only what isCallable allows and records outcomes the same
 * way (same cadence, same callbacks): they differ in the order alone.
 */
export interface DialPolicy {
  name: string;
  label: string;
  pick<L extends QueueLead>(pool: readonly L[], now: number, dnc: DncCheck): L | null;
}

export function dialdeckPolicy(
  rules: CampaignRules,
  name = 'dialdeck',
  label = 'Dialdeck',
): DialPolicy {
  return {
    name,
    label,
    pick: (pool, now, dnc) => rankQueue(pool, now, rules, dnc)[0]?.lead ?? null,
  };
}

/** Plain FIFO: the dial list top to bottom in the order leads were added to it (import order). */
export function fifoPolicy(rules: CampaignRules): DialPolicy {
  return {
    name: 'fifo',
    label: 'FIFO (list order)',
    pick: (pool, now, dnc) => firstCallable(pool, now, rules, dnc, (a, b) => a.id - b.id),
  };
}

/** The classic hopper: every eligible lead by creation date, oldest first, whatever its status. */
export function oldestFirstPolicy(rules: CampaignRules): DialPolicy {
  return {
    name: 'oldest-first',
    label: 'Oldest first',
    pick: (pool, now, dnc) =>
      firstCallable(pool, now, rules, dnc, (a, b) => a.createdAt - b.createdAt || a.id - b.id),
  };
}

function firstCallable<L extends QueueLead>(
  pool: readonly L[],
  now: number,
  rules: CampaignRules,
  dnc: DncCheck,
  before: (a: L, b: L) => number,
): L | null {
  let best: L | null = null;
  for (const lead of pool) {
    if (best !== null && before(lead, best) >= 0) continue;
    if (isCallable(lead, now, rules, dnc).callable) best = lead;
  }
  return best;
}
