import type { FloorPool, PoolSourceCount } from '../../../../shared/floor/pool-view';
import type { PoolLeadState } from '../claims/pool-lead-state';
import type { QueuedCounts, QueuedGroup } from '../claims/waiting-leads';

/** At most this many leads are named in the summary (each an alert): the rest are counted. */
const MAX_NAMED = 20;

/**
 * The pool as the floor shows it, after a routing pass: `leads` are the held and waiting leads
 * the pass read (as it left them), `unrouted` the callable ones no rep could take.
 */
export function summarizePool(
  leads: readonly PoolLeadState[],
  unrouted: readonly PoolLeadState[],
): FloorPool {
  const fresh = unrouted.filter((lead) => lead.status === 'queued');
  const sources = new Map<string, PoolSourceCount>();
  for (const lead of fresh) {
    const source = lead.source ?? '';
    const known = sources.get(source);
    if (known) {
      known.count += 1;
      known.oldestArrivedAt = Math.min(known.oldestArrivedAt, lead.arrivedAt);
    } else sources.set(source, { source, count: 1, oldestArrivedAt: lead.arrivedAt });
  }
  const oldest = fresh.reduce<PoolLeadState | null>(
    (first, lead) => (first === null || lead.arrivedAt < first.arrivedAt ? lead : first),
    null,
  );
  const undialed = leads.filter(
    (lead) =>
      lead.firstAttemptAt === null &&
      lead.reassignCount > 0 &&
      (lead.status === 'queued' || lead.status === 'assigned'),
  );
  return {
    waiting: {
      count: fresh.length,
      oldest: oldest && { leadId: oldest.id, arrivedAt: oldest.arrivedAt },
      bySource: [...sources.values()].sort(
        (a, b) => b.count - a.count || a.source.localeCompare(b.source),
      ),
    },
    dueAgain: unrouted.length - fresh.length,
    assigned: leads.filter((lead) => lead.status === 'assigned').length,
    dialing: leads.filter((lead) => lead.status === 'dialing').length,
    reassigned: undialed.length,
    reassignedTwice: undialed
      .filter((lead) => lead.reassignCount >= 2)
      .sort((a, b) => b.reassignCount - a.reassignCount || a.arrivedAt - b.arrivedAt)
      .slice(0, MAX_NAMED)
      .map((lead) => ({ leadId: lead.id, source: lead.source, reassignCount: lead.reassignCount })),
    movedCallbacks: leads
      .filter(
        (lead) =>
          (lead.status === 'assigned' || lead.status === 'dialing') &&
          lead.callbackRep !== null &&
          lead.assignedRep !== null &&
          lead.callbackRep !== lead.assignedRep,
      )
      .slice(0, MAX_NAMED)
      .map((lead) => ({ leadId: lead.id, fromRep: lead.callbackRep!, toRep: lead.assignedRep! })),
  };
}

/**
 * The pool after a pass that read only the head of the new leads: `summary` is summarizePool of
 * the held and due-again leads the pass read plus `queued.reassignedTwice`, and the new leads
 * still waiting are counted from `queued` (SQL aggregates), the groups a rep could dial now.
 */
export function withQueuedCounts(
  summary: FloorPool,
  queued: QueuedCounts,
  callable: (group: QueuedGroup) => boolean,
): FloorPool {
  const sources = new Map<string, PoolSourceCount>();
  let oldest: FloorPool['waiting']['oldest'] = null;
  let count = 0;
  for (const group of queued.groups.filter(callable)) {
    count += group.count;
    const source = group.source ?? '';
    const known = sources.get(source);
    if (known) {
      known.count += group.count;
      known.oldestArrivedAt = Math.min(known.oldestArrivedAt, group.oldestArrivedAt);
    } else {
      sources.set(source, { source, count: group.count, oldestArrivedAt: group.oldestArrivedAt });
    }
    if (oldest === null || group.oldestArrivedAt < oldest.arrivedAt) {
      oldest = { leadId: group.oldestId, arrivedAt: group.oldestArrivedAt };
    }
  }
  return {
    ...summary,
    waiting: {
      count,
      oldest,
      bySource: [...sources.values()].sort(
        (a, b) => b.count - a.count || a.source.localeCompare(b.source),
      ),
    },
    // The leads given back twice were counted in `summary` too: count each once.
    reassigned: summary.reassigned - queued.reassignedTwice.length + queued.reassigned,
  };
}
