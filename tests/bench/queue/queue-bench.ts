import { createLogger } from '../../../electron/core/platform/log/logger';
import { QueueCounts } from '../../../electron/core/queue/summary/queue-counts';
import { queueSummary } from '../../../electron/core/queue/summary/queue-summary';
import { LeadLocks } from '../../../electron/core/dialing/lead-locks';
import { QueueCampaigns } from '../../../electron/core/queue/store/queue-campaigns';
import { StoreSessionPorts } from '../../../electron/core/dialing/store-session-ports';
import { openStore, sql } from '../../../electron/core/platform/store';
import { ManualClock } from '../../support/manual-clock';
import { makeTempDir } from '../../support/temp-dir';
import { benchResult, summarize, timingRows, watchLoad, type BenchResult } from '../bench-kit';
import { fillDnc, fillQueue } from './fill-queue';

const LEADS = Number(process.env.BENCH_LEADS ?? 1_000_000);
const LOOK_UPS = Number(process.env.BENCH_ITERATIONS ?? 600);
const SUMMARIES = 50;
/** Tuesday 10 March 2026, 12:00 UTC (08:00 in New York) … through the American working day. */
const DAY_START = Date.UTC(2026, 2, 10, 12, 0, 0);
const STEP_MS = 90_000;

/**
 * The next-lead look-up at a million leads, as the session runs it: the worker store, the queue
 * index's scans per open partition (zone × calling regions: the states' and countries' calling
 * rules are on), isCallable on each candidate, the lead locked while it is worked.
 * Instants step through the day, so the open zones change (Europe closes, the West Coast opens).
 */
export async function runQueueBench(): Promise<BenchResult> {
  const temp = makeTempDir('dialdeck-bench-queue-');
  const load = watchLoad();
  const { store } = await openStore({ dataDir: temp.dir, snapshotAfterBytes: 1 << 30 });
  try {
    const fillStarted = performance.now();
    await fillQueue(store, LEADS, DAY_START);
    await fillDnc(store, LEADS, 53, DAY_START);
    const fillMs = performance.now() - fillStarted;
    const queued = await store.get<{ n: number }>(
      sql`SELECT count(*) AS n FROM leads WHERE queue_tier IS NOT NULL`,
    );

    const clock = new ManualClock(DAY_START);
    const locks = new LeadLocks();
    const campaigns = new QueueCampaigns(
      store,
      createLogger(() => undefined),
    );
    const ports = new StoreSessionPorts({ store, campaigns, locks, clock, repId: 'bench-rep' });
    const loadStarted = performance.now();
    await ports.nextLead(); // reads the campaign and its zones once, as the app does at start
    const campaignLoadMs = performance.now() - loadStarted;
    const partitions = (await campaigns.all()).reduce((n, c) => n + c.partitions.length, 0);

    const lookUps: number[] = [];
    let found = 0;
    let previous: number | null = null;
    for (let i = 0; i < LOOK_UPS; i++) {
      clock.advance(STEP_MS);
      const started = performance.now();
      const offer = await ports.nextLead();
      lookUps.push(performance.now() - started);
      // The rep works one lead at a time: the last one is released when the next is taken.
      if (previous !== null) await ports.releaseLead(previous);
      previous = offer?.lead.id ?? null;
      if (offer) found++;
    }

    // As after each outcome: the counts read once, then carried by what the outcomes did.
    const counts = new QueueCounts(store);
    const firstSummaryStarted = performance.now();
    await queueSummary(
      { store, campaigns, counts, isTaken: (leadId) => locks.isLocked(leadId) },
      clock.now(),
    );
    const firstSummaryMs = performance.now() - firstSummaryStarted;
    const summaries: number[] = [];
    for (let i = 0; i < SUMMARIES; i++) {
      const started = performance.now();
      await queueSummary(
        { store, campaigns, counts, isTaken: (leadId) => locks.isLocked(leadId) },
        clock.now(),
      );
      summaries.push(performance.now() - started);
    }

    const lookUp = summarize(lookUps);
    const summary = summarize(summaries);
    return benchResult('queue', [
      { metric: 'leads in store', value: LEADS, unit: 'leads' },
      { metric: 'of which queued (callback, new, retry)', value: queued?.n ?? 0, unit: 'leads' },
      { metric: 'fill (INSERT … SELECT, one statement) + DNC list', value: fillMs, unit: 'ms' },
      {
        metric: `next-lead look-ups (every 90 s over ${LOOK_UPS * 1.5} min)`,
        value: LOOK_UPS,
        unit: 'look-ups',
      },
      { metric: 'look-ups that found a lead', value: found, unit: 'look-ups' },
      {
        metric: 'queue partitions (zone × calling regions), calling rules on',
        value: partitions,
        unit: 'partitions',
      },
      {
        metric: 'first look-up (partitions listed, first-page statements compiled)',
        value: campaignLoadMs,
        unit: 'ms',
      },
      ...timingRows('next lead', lookUp, 5),
      { metric: 'queue summary, first (counts the index)', value: firstSummaryMs, unit: 'ms' },
      {
        metric: 'queue summary (6 next, counts carried), median',
        value: summary.median,
        unit: 'ms',
      },
      { metric: 'queue summary, p95', value: summary.p95, unit: 'ms' },
      load.row(),
      { metric: 'process RSS', value: process.memoryUsage().rss / 1e6, unit: 'MB' },
    ]);
  } finally {
    await store.close();
    temp.remove();
  }
}
