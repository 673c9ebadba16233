import fs from 'node:fs';
import { openHubDatabase } from '../../electron/hub/db';

/**
 * A child process the kill test SIGKILLs: it opens an embedded hub database, checks that every
 * id the test saw acknowledged before is there (`verified N` or `missing …`), then writes events
 * without end, printing `ack <id>` only once the adapter's commit has resolved.
 * argv: dataDir runId expectedIdsFile
 */
const [dataDir, runId, expectedFile] = process.argv.slice(2) as [string, string, string];
const say = (line: string) => fs.writeSync(1, `${line}\n`);

const db = await openHubDatabase({ kind: 'embedded', dataDir });
await db.query(`CREATE TABLE IF NOT EXISTS kill_events (
  id TEXT PRIMARY KEY, run TEXT NOT NULL, body TEXT NOT NULL, at BIGINT NOT NULL)`);

const expected = fs.existsSync(expectedFile)
  ? fs.readFileSync(expectedFile, 'utf8').split('\n').filter(Boolean)
  : [];
const present = new Set(
  (await db.query<{ id: string }>('SELECT id FROM kill_events')).rows.map((row) => row.id),
);
const missing = expected.filter((id) => !present.has(id));
say(missing.length === 0 ? `verified ${expected.length}` : `missing ${missing.join(' ')}`);
say('open');

// Bodies of 0.5–8 KB fill WAL segments, so kills also land on segment switches.
const body = (n: number) => 'x'.repeat(512 + ((n * 7919) % 7680));

for (let n = 0; ; n++) {
  const id = `${runId}-${n}`;
  if (n % 3 === 0) {
    await db.query('INSERT INTO kill_events VALUES ($1, $2, $3, $4)', [id, runId, body(n), n]);
    say(`ack ${id}`);
  } else {
    const ids = [id, `${id}b`];
    await db.transaction(async (tx) => {
      for (const each of ids) {
        await tx.query('INSERT INTO kill_events VALUES ($1, $2, $3, $4)', [
          each,
          runId,
          body(n),
          n,
        ]);
      }
    });
    for (const each of ids) say(`ack ${each}`);
  }
  // A checkpoint now and then: the kill also lands while the adapter syncs after one.
  if (n % 40 === 39) await db.query('CHECKPOINT');
}
