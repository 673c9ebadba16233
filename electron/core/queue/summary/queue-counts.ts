import { sql } from '../../platform/store/sql';
import type { Store } from '../../platform/store/store';
import type { PortChange } from '../store/port-changes';

export interface Counts {
  /** Leads with a place in the queue, numbers on the DNC list left out. */
  queued: number;
  held: number;
}

interface Cached {
  queued: number;
  onDnc: number;
  held: number;
  at: number;
}

/**
 * Queued leads whose number is on the DNC list: each campaign (skipping through
 * leads_by_campaign_phone from one campaign id to the next), then one seek of that index per
 * listed number, so it costs campaigns × listed numbers seeks however many leads there are.
 */
export const QUEUED_ON_DNC = sql`WITH RECURSIVE campaign_ids(id) AS (
      SELECT min(campaign_id) FROM leads
      UNION ALL
      SELECT (SELECT min(campaign_id) FROM leads WHERE campaign_id > campaign_ids.id)
        FROM campaign_ids WHERE id IS NOT NULL)
    SELECT count(*) FROM campaign_ids c CROSS JOIN dnc CROSS JOIN leads
      ON leads.campaign_id = c.id AND leads.phone_e164 = dnc.phone_e164
    WHERE leads.queue_tier IS NOT NULL`;

/** Counted again at least this often, whatever the outcomes told. */
const RECOUNT_AFTER_MS = 10 * 60_000;

/**
 * The queue summary's counts. Counting a million leads' queue index takes tens of milliseconds,
 * and the summary follows every outcome, so the counts are read once and then moved by what each
 * outcome did to its lead (in the queue before, after); anything else that changes who is queued
 * (an import, the DNC list, a campaign's rules, a held lead released) calls invalidate().
 */
export class QueueCounts {
  private cached: Cached | null = null;
  private loading: Promise<Cached> | null = null;
  /** Bumped by every change, so a count that started before it is not kept. */
  private generation = 0;

  constructor(
    private readonly store: Store,
    private readonly monotonicNow: () => number = () => performance.now(),
  ) {}

  async read(): Promise<Counts> {
    const cached = this.cached;
    const fresh = cached && this.monotonicNow() - cached.at < RECOUNT_AFTER_MS ? cached : null;
    const counts = fresh ?? (await this.count());
    return { queued: counts.queued - counts.onDnc, held: counts.held };
  }

  invalidate(): void {
    this.cached = null;
    this.loading = null;
    this.generation++;
  }

  /** Follows an outcome (or its undo): one lead in or out of the queue. */
  apply(change: PortChange): void {
    if (change.kind !== 'outcome-recorded' && change.kind !== 'outcome-undone') return;
    const { wasQueued, isQueued, dncListChanged } = change.queue;
    if (dncListChanged || this.loading) return this.invalidate();
    this.generation++;
    if (this.cached) this.cached.queued += Number(isQueued) - Number(wasQueued);
  }

  private count(): Promise<Cached> {
    if (!this.loading) {
      const generation = this.generation;
      const started = this.monotonicNow();
      const loading = this.store
        .get<{ queued: number; on_dnc: number; held: number }>(
          sql`SELECT
                (SELECT count(*) FROM leads WHERE queue_tier IS NOT NULL) AS queued,
                (${QUEUED_ON_DNC}) AS on_dnc,
                (SELECT count(*) FROM leads WHERE status = 'held') AS held`,
        )
        .then((row) => {
          const counted = {
            queued: row?.queued ?? 0,
            onDnc: row?.on_dnc ?? 0,
            held: row?.held ?? 0,
            at: started,
          };
          if (generation === this.generation) this.cached = counted;
          return counted;
        })
        .finally(() => {
          if (this.loading === loading) this.loading = null;
        });
      this.loading = loading;
    }
    return this.loading;
  }
}
