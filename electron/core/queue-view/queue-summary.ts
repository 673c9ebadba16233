import type { LeadId } from '../../../shared/domain/lead';
import type { QueueSummary } from '../../../shared/domain/queue';
import { findNextLeads } from '../session-service/next-lead';
import type { QueueCampaigns } from '../session-service/queue-campaigns';
import { sql } from '../store/sql';
import type { Store } from '../store/store';

/** The lead up next and the ones after it. */
const SHOWN = 6;

export interface QueueSummaryDeps {
  store: Store;
  campaigns: QueueCampaigns;
  /** Leads the session holds (the one on screen): the session passes over them, so does this. */
  isTaken: (leadId: LeadId) => boolean;
}

/**
 * What the session will dial next, in order, with the policy's reasons: the same index scans and
 * gate as the session's own look-up (findNextLeads), stopped after a few leads. The counts are an
 * index count and a pass over the DNC list, so the whole summary stays cheap at a million leads.
 */
export async function queueSummary(deps: QueueSummaryDeps, now: number): Promise<QueueSummary> {
  const { store } = deps;
  const [ranked, counts] = await Promise.all([
    deps.campaigns
      .all()
      .then((campaigns) => findNextLeads(store, campaigns, deps.isTaken, now, SHOWN)),
    store.get<{ queued: number; on_dnc: number; held: number }>(
      sql`SELECT
            (SELECT count(*) FROM leads WHERE queue_tier IS NOT NULL) AS queued,
            (SELECT count(*) FROM dnc JOIN leads ON leads.phone_e164 = dnc.phone_e164
              WHERE leads.queue_tier IS NOT NULL) AS on_dnc,
            (SELECT count(*) FROM leads WHERE status = 'held') AS held`,
    ),
  ]);
  const entries = ranked.map((found) => found.entry);
  return {
    count: (counts?.queued ?? 0) - (counts?.on_dnc ?? 0),
    next: entries[0] ?? null,
    upcoming: entries.slice(1),
    held: counts?.held ?? 0,
  };
}
