import { openInlineStore, sql } from '../../electron/core/platform/store';
import { runAndKill, type CrashBundles, type KillPlan } from './crash-run';
import { prng } from './prng';
import { makeTempDir } from './temp-dir';

/** 1 in 5 runs dies while opening; the others after up to 80 acknowledged writes. */
function randomKill(random: () => number): KillPlan {
  const duringStartup = random() < 0.2;
  const afterAcks = Math.floor(random() * 80);
  return { duringStartupMs: duringStartup ? Math.floor(random() * 250) : null, afterAcks };
}

export interface CrashLaneResult {
  kills: number;
  acknowledged: number;
  /** Acknowledged outcomes missing after a reopen, with the run that found them. */
  lost: string[];
  /** Opens that reported a loss where a kill -9 can only cut unacknowledged writes. */
  falseLossReports: number;
  /** Writes whose two statements did not land together. */
  torn: number;
}

/**
 * One data folder killed `kills` times at random moments; after each kill it is reopened and
 * checked against every outcome the writer ever acknowledged.
 */
export async function crashLane(
  bundles: CrashBundles,
  laneIndex: number,
  kills: number,
  seed: number,
): Promise<CrashLaneResult> {
  const temp = makeTempDir(`dialdeck-crash-${laneIndex}-`);
  const random = prng(seed + laneIndex);
  const everAcked: string[] = [];
  const result: CrashLaneResult = {
    kills,
    acknowledged: 0,
    lost: [],
    falseLossReports: 0,
    torn: 0,
  };
  try {
    for (let run = 0; run < kills; run++) {
      const plan = randomKill(random);
      everAcked.push(...(await runAndKill(bundles, temp.dir, `L${laneIndex}R${run}`, plan)));
      const { store, stats } = await openInlineStore({
        dataDir: temp.dir,
        snapshotAfterBytes: 4096,
      });
      if (stats.openReport.journalLoss) result.falseLossReports += 1;
      const rows = await store.all<{ id: string }>(sql`SELECT id FROM attempts`);
      const present = new Set(rows.map((row) => row.id));
      result.lost.push(
        ...everAcked.filter((id) => !present.has(id)).map((id) => `run ${run}: ${id}`),
      );
      const lead = await store.get<{ attempt_count: number }>(
        sql`SELECT attempt_count FROM leads WHERE id = 1`,
      );
      if ((lead?.attempt_count ?? 0) !== rows.length) result.torn += 1;
      await store.close();
      if (result.lost.length > 0) break;
    }
  } finally {
    temp.remove();
  }
  result.acknowledged = everAcked.length;
  return result;
}
