import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openInlineStore, sql } from '../../../electron/core/store';
import { bundleForNode } from '../../support/bundle-for-node';
import { makeTempDir } from '../../support/temp-dir';

const KILLS = Number(process.env.CRASH_TEST_KILLS ?? 200);
const LANES = 2;

let bundles: Record<string, string>;
beforeAll(async () => {
  bundles = await bundleForNode(
    {
      'crash-writer': 'tests/support/crash-writer.ts',
      'store-worker': 'electron/core/store/worker-entry.ts',
    },
    'crash',
  );
});

/** Seeded so a failure can be replayed: CRASH_TEST_SEED=<n>. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Starts the writer and SIGKILLs it at a random moment; resolves with the ids it acknowledged. */
function runAndKill(dataDir: string, runId: string, random: () => number): Promise<string[]> {
  const acked: string[] = [];
  const child = spawn(process.execPath, [bundles['crash-writer']!, dataDir, runId, '4096'], {
    env: { ...process.env, DIALDECK_STORE_WORKER: bundles['store-worker'] },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const killDuringStartup = random() < 0.2;
  const killAfterAcks = Math.floor(random() * 80);
  let buffered = '';
  let stderr = '';
  const kill = () => child.kill('SIGKILL');
  if (killDuringStartup) setTimeout(kill, Math.floor(random() * 250));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) {
      if (line.startsWith('ack ')) acked.push(line.slice(4));
      if (line === 'open' && killAfterAcks === 0 && !killDuringStartup) kill();
    }
    if (acked.length >= killAfterAcks && !killDuringStartup) kill();
  });
  return new Promise((resolve, reject) => {
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`writer exited by itself: ${stderr}`));
      else resolve(acked);
    });
  });
}

async function lane(laneIndex: number, kills: number, seed: number) {
  const temp = makeTempDir(`dialdeck-crash-${laneIndex}-`);
  const random = prng(seed + laneIndex);
  const everAcked: string[] = [];
  try {
    for (let run = 0; run < kills; run++) {
      everAcked.push(...(await runAndKill(temp.dir, `L${laneIndex}R${run}`, random)));
      const { store, stats } = await openInlineStore({
        dataDir: temp.dir,
        snapshotAfterBytes: 4096,
      });
      // A kill -9 cuts only writes that were never acknowledged: never a loss to report.
      expect(stats.openReport.journalLoss, `run ${run}: a false loss report`).toBeNull();
      const rows = await store.all<{ id: string }>(sql`SELECT id FROM attempts`);
      const present = new Set(rows.map((row) => row.id));
      const missing = everAcked.filter((id) => !present.has(id));
      expect(missing, `run ${run}: acknowledged outcomes lost`).toEqual([]);
      const lead = await store.get<{ attempt_count: number }>(
        sql`SELECT attempt_count FROM leads WHERE id = 1`,
      );
      // Both statements of every write landed together or not at all.
      expect(lead?.attempt_count ?? 0).toBe(rows.length);
      await store.close();
    }
  } finally {
    temp.remove();
  }
  return everAcked.length;
}

describe('crash safety', () => {
  afterAll(() => undefined);

  it(`keeps every acknowledged outcome through ${KILLS} SIGKILLs at random moments`, async () => {
    const seed = Number(process.env.CRASH_TEST_SEED ?? 20261127);
    const perLane = Math.ceil(KILLS / LANES);
    const counts = await Promise.all(
      Array.from({ length: LANES }, (_, index) => lane(index, perLane, seed)),
    );
    const totalAcked = counts.reduce((a, b) => a + b, 0);
    expect(totalAcked).toBeGreaterThan(KILLS * 10);
  }, 600_000);
});
