import { formatDuration } from '../format/time';
import type { AlertCondition } from './alert-rules';
import type { AlertThresholds } from './alert-thresholds';
import type { FloorPool } from './pool-view';

/** The team pool's alerts: they concern the team, not one rep. */
export function evaluatePoolAlerts(
  pool: FloorPool,
  now: number,
  thresholds: AlertThresholds,
  repName: (repId: string) => string,
): AlertCondition[] {
  const conditions: AlertCondition[] = [];
  const { oldest, count } = pool.waiting;
  if (oldest !== null && now - oldest.arrivedAt >= thresholds.poolUnassignedMs) {
    const leads = count === 1 ? '1 new lead waits' : `${count} new leads wait`;
    conditions.push({
      key: `pool-unassigned:${oldest.leadId}`,
      kind: 'pool-unassigned',
      repId: null,
      message:
        `${leads} for a rep, the oldest for ${formatDuration(now - oldest.arrivedAt)} ` +
        `(limit ${formatDuration(thresholds.poolUnassignedMs)}): no rep is free to take it — ` +
        'bring a rep back from pause or wrap-up, or take the call yourself.',
    });
  }
  for (const lead of pool.reassignedTwice) {
    conditions.push({
      key: `pool-reassigned:${lead.leadId}`,
      kind: 'pool-reassigned',
      repId: null,
      message:
        `A new lead${lead.source ? ` from ${lead.source}` : ''} went back to the pool ` +
        `${lead.reassignCount} times without a dial (lead ${lead.leadId}): ` +
        'ask the reps why it is skipped, or look it up on the hub.',
    });
  }
  for (const moved of pool.movedCallbacks) {
    conditions.push({
      key: `callback-moved:${moved.leadId}:${moved.toRep}`,
      kind: 'callback-moved',
      repId: null,
      message:
        `${repName(moved.fromRep)} was away past a promised callback, so it went to ` +
        `${repName(moved.toRep)} (lead ${moved.leadId}): tell ${repName(moved.fromRep)} when back.`,
    });
  }
  return conditions;
}
