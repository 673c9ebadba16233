import {
  compareSortKeys,
  isCallable,
  queueSortKey,
  queueTierOf,
  type CampaignRules,
  type DncCheck,
  type QueueLead,
  type QueueSortKey,
  type QueueTier,
} from '../../../core/queue';
import type { PoolLeadState } from '../claims/pool-lead-state';
import { callingRulesAllow } from './pool-calling-rules';

export interface OrderedPoolLead {
  lead: PoolLeadState;
  tier: QueueTier;
  sortKey: QueueSortKey;
}

/**
 * The waiting leads callable at `now`, in the rep's own speed-to-lead order
 * (docs/QUEUE_POLICY.md): due callbacks, new at risk, new, new past SLA, retries. The rep's
 * queue policy decides; a pool lead only needs a number for its id, so ties go by arrival.
 */
export function orderPoolLeads(
  leads: readonly PoolLeadState[],
  now: number,
  rulesOf: (campaignId: string) => CampaignRules,
  isDnc: DncCheck,
  numberDialsInDay: (lead: PoolLeadState) => readonly number[] = () => [],
): OrderedPoolLead[] {
  const byArrival = [...leads].sort((a, b) => a.createdAt - b.createdAt || cmp(a.id, b.id));
  const ordered: OrderedPoolLead[] = [];
  byArrival.forEach((lead, index) => {
    const queueLead = asQueueLead(lead, index + 1);
    if (queueLead === null) return;
    const rules = rulesOf(lead.campaignId);
    if (!isCallable(queueLead, now, rules, isDnc).callable) return;
    if (!callingRulesAllow(lead, rules.callingWindow, now, numberDialsInDay(lead))) return;
    const tier = queueTierOf(queueLead, now, rules);
    if (tier === null) return;
    ordered.push({ lead, tier, sortKey: queueSortKey(queueLead, tier) });
  });
  return ordered.sort((a, b) => compareSortKeys(a.sortKey, b.sortKey));
}

/** The queue's view of a waiting pool lead; null for a lead that is not waiting. */
function asQueueLead(lead: PoolLeadState, id: number): QueueLead | null {
  const status =
    lead.status === 'queued'
      ? 'new'
      : lead.status === 'retry' || lead.status === 'callback'
        ? lead.status
        : null;
  if (status === null) return null;
  return {
    id,
    status,
    phoneE164: lead.phoneE164,
    timeZone: lead.timeZone,
    createdAt: lead.createdAt,
    attemptCount: lead.attemptCount,
    nextEligibleAt: status === 'retry' ? lead.nextDueAt : null,
    callbackAt: lead.callbackAt,
  };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
