import { beforeAll, describe, expect, it } from 'vitest';
import { bundleCrashWriter, type CrashBundles } from '../../../support/crash-run';
import { runFaultCase, type FaultCaseResult } from '../../../support/fault-case';
import { prng } from '../../../support/prng';

/** `npm run bench -- durability` runs hundreds; FAULT_CASES changes this test's count. */
const CASES = Number(process.env.FAULT_CASES ?? 30);
const LANES = 2;

let bundles: CrashBundles;
beforeAll(async () => {
  bundles = await bundleCrashWriter();
});

async function lane(index: number, cases: number, seed: number): Promise<FaultCaseResult[]> {
  const random = prng(seed + index);
  const results: FaultCaseResult[] = [];
  for (let n = 0; n < cases; n++)
    results.push(await runFaultCase(bundles, random, `F${index}${n}`));
  return results;
}

describe('fault injection: damaged data folders after kill -9', () => {
  it(`never serves damage without a word, and loses nothing provable (${CASES} cases)`, async () => {
    const seed = Number(process.env.FAULT_SEED ?? 20261207);
    const results = (
      await Promise.all(
        Array.from({ length: LANES }, (_, index) => lane(index, Math.ceil(CASES / LANES), seed)),
      )
    ).flat();
    const silent = results.filter((result) => result.silent);
    expect(silent, 'damage served without a word').toEqual([]);
    const provableLost = results.filter((result) => result.provable && result.lost > 0);
    expect(provableLost, 'acknowledged records lost though another copy held them').toEqual([]);
    // The cases reach every kind of file.
    expect(new Set(results.map((result) => result.kind)).size).toBeGreaterThanOrEqual(5);
  }, 600_000);
});
