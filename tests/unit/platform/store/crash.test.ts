import { beforeAll, describe, expect, it } from 'vitest';
import { crashLane } from '../../../support/crash-lane';
import { bundleCrashWriter, type CrashBundles } from '../../../support/crash-run';

/** `npm run bench -- crash` runs 500 and more; CRASH_TEST_KILLS changes this test's count. */
const KILLS = Number(process.env.CRASH_TEST_KILLS ?? 200);
const LANES = 2;

let bundles: CrashBundles;
beforeAll(async () => {
  bundles = await bundleCrashWriter();
});

describe('crash safety', () => {
  it(`keeps every acknowledged outcome through ${KILLS} SIGKILLs at random moments`, async () => {
    const seed = Number(process.env.CRASH_TEST_SEED ?? 20261127);
    const lanes = await Promise.all(
      Array.from({ length: LANES }, (_, index) =>
        crashLane(bundles, index, Math.ceil(KILLS / LANES), seed),
      ),
    );
    expect(lanes.flatMap((lane) => lane.lost)).toEqual([]);
    // Both statements of every write landed together or not at all.
    expect(lanes.map((lane) => lane.torn)).toEqual([0, 0]);
    // A kill -9 cuts only writes that were never acknowledged: never a loss to report.
    expect(lanes.map((lane) => lane.falseLossReports)).toEqual([0, 0]);
    const acknowledged = lanes.reduce((sum, lane) => sum + lane.acknowledged, 0);
    expect(acknowledged).toBeGreaterThan(KILLS * 10);
  }, 600_000);
});
