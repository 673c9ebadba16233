/**
 * The queue policy as columns the store persists and index range scans it runs, so the next lead
 * comes from an index at 1M leads. The store recomputes the columns whenever a lead's status,
 * timeZone, attemptCount, nextEligibleAt or callbackAt changes, and runs the scans in order:
 *
 *   CREATE INDEX leads_queue ON leads(campaign_id, time_zone, queue_tier, queue_due_at)
 *     WHERE queue_tier IS NOT NULL;
 *   SELECT ... WHERE campaign_id = ? AND time_zone = ? AND queue_tier = ?
 *     AND queue_due_at > ? AND queue_due_at <= ?   -- bounds a scan leaves null are omitted
 *     ORDER BY queue_due_at ASC|DESC, id ASC|DESC LIMIT ?
 *
 * once per time zone whose calling window is open (openTimeZones), merging the zones' pages by
 * queueSortKey and checking isCallable on each candidate (the DNC list is checked at dial time).
 */
import { MINUTE_MS } from '../../../shared/clock';
import { isWithinCallingWindow } from './calling-window';
import type { CampaignRules } from './campaign-rules';
import type { QueueLead } from './queue-lead';
import { retryDueAt } from './queue-policy';
import type { QueueTier } from './queue-policy';
import { isKnownTimeZone } from './time-zone';

/** Persisted `queue_tier`: 1 callback, 2 new, 2 + attempts made for a retry (3, 4, ...). */
export const PERSISTED_TIER_CALLBACK = 1;
export const PERSISTED_TIER_NEW = 2;
export const persistedRetryTier = (attemptCount: number): number =>
  PERSISTED_TIER_NEW + Math.max(1, attemptCount);

export interface QueueColumns {
  /** `queue_tier`. */
  queueTier: number;
  /** `queue_due_at`, epoch ms: callbackAt, createdAt (new) or nextEligibleAt (retry). */
  queueDueAt: number;
}

/** The columns for a lead, or null when it can never be offered (NULL columns: not indexed). */
export function queueColumns(
  lead: Pick<
    QueueLead,
    'status' | 'timeZone' | 'createdAt' | 'attemptCount' | 'nextEligibleAt' | 'callbackAt'
  >,
  rules: CampaignRules,
): QueueColumns | null {
  if (!isKnownTimeZone(lead.timeZone)) return null;
  switch (lead.status) {
    case 'callback':
      return lead.callbackAt === null
        ? null
        : { queueTier: PERSISTED_TIER_CALLBACK, queueDueAt: lead.callbackAt };
    case 'new':
      return lead.attemptCount >= rules.cadence.maxAttempts
        ? null
        : { queueTier: PERSISTED_TIER_NEW, queueDueAt: lead.createdAt };
    case 'retry':
      return lead.attemptCount >= rules.cadence.maxAttempts
        ? null
        : { queueTier: persistedRetryTier(lead.attemptCount), queueDueAt: retryDueAt(lead) };
    case 'done':
    case 'dnc':
    case 'held':
      return null;
  }
}

/** One index range scan: `queue_due_at > dueAfter AND queue_due_at <= dueAtOrBefore`. */
export interface QueueScan {
  tier: QueueTier;
  queueTier: number;
  dueAfter: number | null;
  dueAtOrBefore: number | null;
  /** Applies to queue_due_at and then id. */
  order: 'asc' | 'desc';
}

/** The scans that return the queue in policy order at `now`. */
export function queueScans(now: number, rules: CampaignRules): QueueScan[] {
  const slaStart = now - rules.speedToLead.slaMinutes * MINUTE_MS;
  const atRiskEnd = slaStart + rules.speedToLead.atRiskMinutes * MINUTE_MS;
  const scans: QueueScan[] = [
    {
      tier: 'callback',
      queueTier: PERSISTED_TIER_CALLBACK,
      dueAfter: null,
      dueAtOrBefore: now + rules.callbackGraceMinutes * MINUTE_MS,
      order: 'asc',
    },
  ];
  if (atRiskEnd > slaStart) {
    scans.push({
      tier: 'new-at-risk',
      queueTier: PERSISTED_TIER_NEW,
      dueAfter: slaStart,
      dueAtOrBefore: atRiskEnd,
      order: 'asc',
    });
  }
  scans.push(
    {
      tier: 'new',
      queueTier: PERSISTED_TIER_NEW,
      dueAfter: atRiskEnd,
      dueAtOrBefore: null,
      order: 'desc',
    },
    {
      tier: 'new-past-sla',
      queueTier: PERSISTED_TIER_NEW,
      dueAfter: null,
      dueAtOrBefore: slaStart,
      order: 'desc',
    },
  );
  // A retry has made 1 to maxAttempts - 1 attempts (a stray retry with none sorts with 1).
  for (let attempts = 1; attempts <= Math.max(1, rules.cadence.maxAttempts - 1); attempts += 1) {
    scans.push({
      tier: 'retry',
      queueTier: persistedRetryTier(attempts),
      dueAfter: null,
      dueAtOrBefore: now,
      order: 'asc',
    });
  }
  return scans;
}

/** The zones, among those the campaign's leads are in, whose calling window is open at `now`. */
export function openTimeZones(
  timeZones: Iterable<string>,
  now: number,
  rules: CampaignRules,
): string[] {
  const open: string[] = [];
  for (const zone of timeZones) {
    if (isKnownTimeZone(zone) && isWithinCallingWindow(zone, now, rules.callingWindow)) {
      open.push(zone);
    }
  }
  return open;
}
