/**
 * Child process for the crash test: records outcomes as fast as it can into DATA_DIR and prints
 * `ack <attemptId>` only after the store has acknowledged each write. The test SIGKILLs it.
 */
import { openStore, sql } from '../../electron/core/platform/store';

const [dataDir, runId, snapshotAfter] = process.argv.slice(2);
if (!dataDir || !runId)
  throw new Error('usage: crash-writer DATA_DIR RUN_ID [SNAPSHOT_AFTER_BYTES]');

const workerFile = process.env.DIALDECK_STORE_WORKER;
const { store } = await openStore(
  { dataDir, snapshotAfterBytes: Number(snapshotAfter ?? 4096) },
  workerFile ? { file: workerFile } : undefined,
);
process.stdout.write('open\n');
await store.write(
  sql`INSERT OR IGNORE INTO campaigns (id, name, created_at) VALUES ('crash', 'Crash test', 1)`,
);
await store.write(
  sql`INSERT OR IGNORE INTO leads (id, campaign_id, phone_e164, created_at, imported_at) VALUES (1, 'crash', '+14155550100', 1, 1)`,
);
for (let n = 0; ; n++) {
  const id = `${runId}-${n}`;
  await store.write([
    sql`INSERT INTO attempts (id, lead_id, campaign_id, rep_id, started_at, provider, outcome_code, note, recorded_at)
        VALUES (${id}, 1, 'crash', 'rep-1', ${Date.now()}, 'simulated', 'no-answer', ${'note '.repeat(20)}, ${Date.now()})`,
    sql`UPDATE leads SET attempt_count = attempt_count + 1, last_outcome = 'no-answer' WHERE id = 1`,
  ]);
  process.stdout.write(`ack ${id}\n`);
}
