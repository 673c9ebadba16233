import type { LeadId } from '../../../../shared/domain/lead';
import type { QueueSummary } from '../../../../shared/domain/queue';
import { findNextLeads } from '../store/next-lead';
import { nextWindowOpening } from '../calling-window';
import { isKnownTimeZone } from '../time-zone';
import type { QueueCampaign, QueueCampaigns } from '../store/queue-campaigns';
import type { Store } from '../../platform/store/store';
import type { QueueCounts } from './queue-counts';

/** The lead up next and the ones after it. */
const SHOWN = 6;

export interface QueueSummaryDeps {
  store: Store;
  campaigns: QueueCampaigns;
  counts: QueueCounts;
  /** Leads the session holds (the one on screen): the session passes over them, so does this. */
  isTaken: (leadId: LeadId) => boolean;
}

/**
 * What the session will dial next, in order, with the policy's reasons: the same index scans and
 * gate as the session's own look-up (findNextLeads), stopped after a few leads, and the counts
 * (QueueCounts: counted once, then moved by each outcome).
 */
export async function queueSummary(deps: QueueSummaryDeps, now: number): Promise<QueueSummary> {
  const [ranked, counts] = await Promise.all([
    deps.campaigns
      .all()
      .then((campaigns) => findNextLeads(deps.store, campaigns, deps.isTaken, now, SHOWN)),
    deps.counts.read(),
  ]);
  const entries = ranked.map((found) => found.entry);
  const waiting = entries.length === 0 && counts.queued > 0;
  return {
    count: counts.queued,
    next: entries[0] ?? null,
    upcoming: entries.slice(1),
    held: counts.held,
    nextWindow: waiting ? firstWindowToOpen(await deps.campaigns.all(), now) : null,
  };
}

/** The earliest opening of a closed calling window among the zones that have queued leads. */
export function firstWindowToOpen(
  campaigns: readonly QueueCampaign[],
  now: number,
): QueueSummary['nextWindow'] {
  let first: QueueSummary['nextWindow'] = null;
  for (const { timeZones, rules } of campaigns) {
    for (const timeZone of timeZones) {
      if (!isKnownTimeZone(timeZone)) continue;
      const opensAt = nextWindowOpening(timeZone, now, rules.callingWindow);
      if (opensAt > now && (first === null || opensAt < first.opensAt)) {
        first = { opensAt, timeZone };
      }
    }
  }
  return first;
}
