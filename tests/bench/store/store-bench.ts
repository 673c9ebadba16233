import { monitorEventLoopDelay } from 'node:perf_hooks';
import { openInlineStore, openStore, sql, type Store } from '../../../electron/core/platform/store';
import { CampaignRepository } from '../../../electron/core/campaigns/campaign-repository';
import { LeadRepository } from '../../../electron/core/leads/lead-repository';
import type { NewLead } from '../../../electron/core/leads/lead-rows';
import { makeTempDir } from '../../support/temp-dir';
import { benchResult, summarize, type BenchResult } from '../bench-kit';

const LEADS = Number(process.env.BENCH_LEADS ?? 100_000);
const COMMITS = 1_000;

export function syntheticLead(i: number, now: number): NewLead {
  return {
    campaignId: 'bench',
    firstName: `First${i}`,
    lastName: `Last${i}`,
    company: `Company ${i % 5000}`,
    phoneE164: `+1415${String(2000000 + i).padStart(7, '0')}`,
    phoneExtension: null,
    email: `lead${i}@example.com`,
    timeZone: ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles'][
      i % 4
    ]!,
    region: null,
    postalCode: null,
    country: 'US',
    createdAt: now - (i % 10_000) * 60_000,
    owner: null,
    notes: i % 3 === 0 ? 'Asked for pricing on the website chat.' : null,
    source: 'Website form',
    custom: { product: 'Solar' },
  };
}

export async function fillLeads(store: Store, count: number, now: number): Promise<void> {
  await store.write(
    CampaignRepository.ensureStatement({ id: 'bench', name: 'Bench', createdAt: now }),
  );
  for (let start = 0; start < count; start += 5_000) {
    const batch = Array.from({ length: Math.min(5_000, count - start) }, (_, k) =>
      syntheticLead(start + k, now),
    );
    await store.write(LeadRepository.insertStatements(batch, now));
  }
}

function recordOutcome(i: number, now: number) {
  const leadId = (i % LEADS) + 1;
  return [
    sql`INSERT INTO attempts (id, lead_id, campaign_id, rep_id, started_at, ended_at, talk_seconds,
          end_reason, outcome_code, note, provider, recorded_at)
        VALUES (${`bench-${i}`}, ${leadId}, 'bench', 'rep-1', ${now}, ${now + 30_000}, 30,
          'hangup-remote', 'not-interested', 'Not now, maybe next quarter.', 'simulated', ${now + 35_000})`,
    sql`UPDATE leads SET attempt_count = attempt_count + 1, last_attempt_at = ${now},
          last_outcome = 'not-interested', status = 'done' WHERE id = ${leadId}`,
  ];
}

/** Durability costs at 100k leads: commit latency, main-loop stall during snapshots, start-up. */
export async function runStoreBench(): Promise<BenchResult> {
  const temp = makeTempDir('dialdeck-bench-store-');
  const now = Date.now();
  try {
    const { store } = await openStore({ dataDir: temp.dir, snapshotAfterBytes: 1 << 30 });
    await fillLeads(store, LEADS, now);
    await store.snapshot();

    const commits: number[] = [];
    for (let i = 0; i < COMMITS; i++) {
      const started = performance.now();
      await store.write(recordOutcome(i, now));
      commits.push(performance.now() - started);
    }

    // The main thread keeps committing while the worker writes snapshots: its loop must not stall.
    const loop = monitorEventLoopDelay({ resolution: 1 });
    loop.enable();
    const snapshotWall: number[] = [];
    const duringSnapshot: number[] = [];
    for (let round = 0; round < 5; round++) {
      const started = performance.now();
      const snapshot = store.snapshot();
      for (let i = 0; i < 20; i++) {
        const t = performance.now();
        await store.write(recordOutcome(COMMITS + round * 20 + i, now));
        duringSnapshot.push(performance.now() - t);
      }
      await snapshot;
      snapshotWall.push(performance.now() - started);
    }
    loop.disable();
    const stats = await store.stats();
    await store.close();

    const openStarted = performance.now();
    const reopened = await openStore({ dataDir: temp.dir });
    const openMs = performance.now() - openStarted;
    const rssMb = process.memoryUsage().rss / 1e6;
    await reopened.store.close();

    // Start-up after a crash: 5,000 journaled outcomes to replay over the snapshot.
    const crashed = await openInlineStore({ dataDir: temp.dir, snapshotAfterBytes: 1 << 30 });
    for (let i = 0; i < 5_000; i++) await crashed.store.write(recordOutcome(10_000 + i, now));
    const replayStarted = performance.now();
    const replayed = await openInlineStore({ dataDir: temp.dir });
    const replayMs = performance.now() - replayStarted;
    await replayed.store.close();

    const commit = summarize(commits);
    const during = summarize(duringSnapshot);
    const stallMs = loop.max / 1e6;
    return benchResult('store', [
      { metric: `leads in store`, value: LEADS, unit: 'leads' },
      { metric: 'durable commit of one outcome, median', value: commit.median, unit: 'ms' },
      {
        metric: 'durable commit of one outcome, p95',
        value: commit.p95,
        unit: 'ms',
        target: '≤ 10',
        pass: commit.p95 <= 10,
      },
      { metric: 'commit p95 while a snapshot runs', value: during.p95, unit: 'ms' },
      {
        metric: 'longest main event-loop stall during snapshots',
        value: stallMs,
        unit: 'ms',
        target: '≤ 50',
        pass: stallMs <= 50,
      },
      {
        metric: 'snapshot (export + fsync + rename), worker',
        value: stats.lastSnapshot?.durationMs ?? NaN,
        unit: 'ms',
      },
      {
        metric: 'snapshot wall time seen by the main thread',
        value: summarize(snapshotWall).median,
        unit: 'ms',
      },
      { metric: 'snapshot size', value: (stats.lastSnapshot?.bytes ?? 0) / 1e6, unit: 'MB' },
      { metric: 'start-up: open worker store (load snapshot)', value: openMs, unit: 'ms' },
      {
        metric: 'start-up after crash: load + replay 5,000 records',
        value: replayMs,
        unit: 'ms',
      },
      { metric: 'process RSS with the store open', value: rssMb, unit: 'MB' },
    ]);
  } finally {
    temp.remove();
  }
}
