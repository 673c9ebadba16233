/**
 * Which lead next. The order, best first (docs/QUEUE_POLICY.md says why):
 *  1. callback      due callbacks (up to the grace minutes early), earliest promise first;
 *  2. new-at-risk   never-dialed leads within atRiskMinutes of breaching the speed-to-lead SLA,
 *                   closest to breaching first: the last chance to answer them inside the SLA;
 *  3. new           the other never-dialed leads inside the SLA, freshest first;
 *  4. new-past-sla  never-dialed leads past the SLA, freshest (least late) first;
 *  5. retry         cadence retries whose spacing has passed, fewest attempts first, then the
 *                   longest waiting.
 * Ties go to the lower lead id in ascending tiers and the higher id in descending ones, which is
 * the order a SQLite index on the same columns returns (see queue-columns.ts).
 */
import { MINUTE_MS } from '../../../shared/clock';
import { isCallable } from './callable';
import { formatLocalTime } from './calling-window';
import type { CampaignRules } from './campaign-rules';
import { durationText } from './duration-text';
import type { DncCheck, QueueLead } from './queue-lead';

export const QUEUE_TIERS = ['callback', 'new-at-risk', 'new', 'new-past-sla', 'retry'] as const;
export type QueueTier = (typeof QUEUE_TIERS)[number];

/** Compared element by element, smaller first: [tier rank, attempts, due key, id key]. */
export type QueueSortKey = readonly [tierRank: number, attempts: number, due: number, id: number];

export interface RankedLead<L extends QueueLead> {
  lead: L;
  tier: QueueTier;
  /** Why the lead is here, for the UI: "due callback (15:00)", "new lead — 12 min old". */
  reason: string;
  sortKey: QueueSortKey;
}

/** The tier of a lead that is callable at `now`; null for statuses that never queue. */
export function queueTierOf(lead: QueueLead, now: number, rules: CampaignRules): QueueTier | null {
  switch (lead.status) {
    case 'callback':
      return 'callback';
    case 'retry':
      return 'retry';
    case 'new': {
      const age = now - lead.createdAt;
      const sla = rules.speedToLead.slaMinutes * MINUTE_MS;
      if (age >= sla) return 'new-past-sla';
      if (age >= sla - rules.speedToLead.atRiskMinutes * MINUTE_MS) return 'new-at-risk';
      return 'new';
    }
    case 'done':
    case 'dnc':
    case 'held':
      return null;
  }
}

/**
 * The time a retry's wait is measured from: when it became eligible. A retry without a next
 * eligible time (applyOutcome always sets one) has been eligible all along.
 */
export function retryDueAt(lead: Pick<QueueLead, 'nextEligibleAt'>): number {
  return lead.nextEligibleAt ?? 0;
}

export function queueSortKey(lead: QueueLead, tier: QueueTier): QueueSortKey {
  const rank = QUEUE_TIERS.indexOf(tier);
  switch (tier) {
    case 'callback':
      return [rank, 0, lead.callbackAt ?? lead.createdAt, lead.id];
    case 'new-at-risk':
      return [rank, 0, lead.createdAt, lead.id];
    case 'new':
    case 'new-past-sla':
      return [rank, 0, -lead.createdAt, -lead.id];
    case 'retry':
      return [rank, Math.max(1, lead.attemptCount), retryDueAt(lead), lead.id];
  }
}

export function compareSortKeys(a: QueueSortKey, b: QueueSortKey): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2] || a[3] - b[3];
}

export function explainQueuePosition(
  lead: QueueLead,
  tier: QueueTier,
  now: number,
  rules: CampaignRules,
): string {
  const age = durationText(now - lead.createdAt);
  switch (tier) {
    case 'callback':
      return lead.callbackAt !== null && lead.timeZone !== null
        ? `due callback (${formatLocalTime(lead.callbackAt, lead.timeZone)})`
        : 'due callback';
    case 'new-at-risk': {
      const left = lead.createdAt + rules.speedToLead.slaMinutes * MINUTE_MS - now;
      return `new lead — ${age} old (SLA ends in ${durationText(left)})`;
    }
    case 'new':
      return `new lead — ${age} old`;
    case 'new-past-sla':
      return `new lead — ${age} old (past the ${durationText(rules.speedToLead.slaMinutes * MINUTE_MS)} SLA)`;
    case 'retry':
      return `retry ${lead.attemptCount + 1} of ${rules.cadence.maxAttempts}`;
  }
}

/** Every lead callable at `now`, best first. Pure: same input, same output. */
export function rankQueue<L extends QueueLead>(
  leads: readonly L[],
  now: number,
  rules: CampaignRules,
  dnc: DncCheck,
): RankedLead<L>[] {
  const ranked: RankedLead<L>[] = [];
  for (const lead of leads) {
    if (!isCallable(lead, now, rules, dnc).callable) continue;
    const tier = queueTierOf(lead, now, rules);
    if (tier === null) continue;
    ranked.push({
      lead,
      tier,
      reason: explainQueuePosition(lead, tier, now, rules),
      sortKey: queueSortKey(lead, tier),
    });
  }
  return ranked.sort((a, b) => compareSortKeys(a.sortKey, b.sortKey));
}
