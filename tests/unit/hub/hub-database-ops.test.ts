import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openInlineStore } from '../../../electron/core/platform/store/open-store';
import { sql } from '../../../electron/core/platform/store/sql';
import { backupEmbedded, restoreEmbedded } from '../../../electron/hub/db';
import { IMPORTED_FOLDER } from '../../../electron/hub/legacy/import-legacy';
import { LEGACY_SQLJS_HUB_SCHEMA } from '../../../electron/hub/legacy/sqljs-schema';
import { queryHubFolder } from '../../support/hub-db';
import { startPgCluster } from '../../support/pg-cluster';
import { makeTempDir } from '../../support/temp-dir';
import { attemptBody, envelope, stateBody, zoneAtMidday } from './support/floor-events';
import { startTestHub } from './support/test-hub';

const NOW = Date.now();
const ZONE = zoneAtMidday(NOW);
const sale = { code: 'converted', contact: true, conversion: true, talkSeconds: 90 };

const cleanups: (() => Promise<unknown> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function tempDir(prefix: string): string {
  const temp = makeTempDir(prefix);
  cleanups.push(temp.remove);
  return temp.dir;
}

async function started(dataDir: string, options: Parameters<typeof startTestHub>[1] = {}) {
  const { hub, logs } = await startTestHub(dataDir, options);
  let closed = false;
  cleanups.push(() => (closed ? undefined : hub.close()));
  return {
    hub,
    logs,
    close: async () => {
      closed = true;
      await hub.close();
    },
  };
}

/** A hub folder as releases before PostgreSQL left it: a sql.js store with two reps' events. */
async function writeLegacyHub(dataDir: string): Promise<void> {
  const { store } = await openInlineStore({ dataDir, migrations: LEGACY_SQLJS_HUB_SCHEMA });
  const events = [
    envelope('ana', 1, attemptBody('a1', NOW - 300_000, sale), NOW - 200_000),
    envelope('ana', 2, stateBody('paused', NOW - 10_000, { pauseCode: 'break' }), NOW - 10_000),
    envelope('bo', 1, attemptBody('b1', NOW - 100_000, sale), NOW - 90_000),
  ];
  await store.write([
    sql`INSERT INTO reps VALUES ('ana', 'Ana', ${ZONE}, 's-ana', ${NOW}, ${NOW})`,
    sql`INSERT INTO reps VALUES ('bo', 'Bo', ${ZONE}, 's-bo', ${NOW}, ${NOW})`,
    sql`INSERT INTO streams VALUES ('ana', 's-ana', 2)`,
    sql`INSERT INTO streams VALUES ('bo', 's-bo', 1)`,
    ...events.map(
      (event) =>
        sql`INSERT INTO events (event_id, rep_id, stream_id, seq, type, at, received_at, event_json)
          VALUES (${event.eventId}, ${event.repId}, ${`s-${event.repId}`}, ${event.seq},
            ${event.type}, ${event.at}, ${event.at}, ${JSON.stringify(event)})`,
    ),
    sql`INSERT INTO escalations (id, rep_id, lead_id, attempt_id, note, raised_at)
      VALUES ('esc-1', 'bo', 7, 'b1', 'Wants a manager', ${NOW - 5_000})`,
  ]);
  await store.close();
}

describe('the hub database: carried over, backed up, checked', () => {
  it('imports an old sql.js hub store on first start, keeps its files aside, and says so', async () => {
    const dataDir = tempDir('dialdeck-hub-legacy-');
    await writeLegacyHub(dataDir);

    const first = await started(dataDir);
    expect(first.hub.imported).toMatchObject({ reps: 2, events: 3, alerts: 0, escalations: 1 });
    expect(first.logs).toContainEqual(
      expect.objectContaining({ message: 'hub imported its sql.js store into PostgreSQL' }),
    );
    const view = first.hub.floor.view();
    expect(view.reps.map((row) => [row.repId, row.kpis.dials, row.lastSeq])).toEqual([
      ['ana', 1, 2],
      ['bo', 1, 1],
    ]);
    expect(view.reps.find((row) => row.repId === 'ana')?.state).toBe('paused');
    expect(view.escalations.map((escalation) => escalation.note)).toEqual(['Wants a manager']);
    const keptIn = path.join(dataDir, IMPORTED_FOLDER);
    expect(fs.readdirSync(keptIn).sort()).toEqual(expect.arrayContaining(['dialdeck.sqlite']));
    expect(fs.existsSync(path.join(dataDir, 'dialdeck.sqlite'))).toBe(false);
    await first.close();

    // The second start finds nothing to import and the same floor.
    const second = await started(dataDir);
    expect(second.hub.imported).toBeNull();
    expect(second.hub.floor.view().team.kpis.dials).toBe(2);
  });

  it('backs up the embedded database to one file and restores it, keeping what was there', async () => {
    const dataDir = tempDir('dialdeck-hub-backup-');
    await writeLegacyHub(dataDir);
    await (await started(dataDir)).close();
    const backup = path.join(tempDir('dialdeck-hub-backup-file-'), 'hub.tar.gz');
    const report = await backupEmbedded(dataDir, backup);
    expect(report.bytes).toBeGreaterThan(1_000);
    expect(fs.statSync(backup).size).toBe(report.bytes);

    const elsewhere = tempDir('dialdeck-hub-restored-');
    expect(await restoreEmbedded(elsewhere, backup)).toEqual({ previousKeptIn: null });
    expect(await queryHubFolder(elsewhere, 'SELECT count(*)::int AS n FROM events')).toEqual([
      { n: 3 },
    ]);
    // Restoring over a database moves it aside whole.
    const again = await restoreEmbedded(elsewhere, backup);
    expect(again.previousKeptIn).toMatch(/pg\.before-restore-/);
    expect(fs.existsSync(path.join(again.previousKeptIn!, 'PG_VERSION'))).toBe(true);
  });

  it('refuses a backup while a hub runs on the folder, and a file that is not a backup', async () => {
    const dataDir = tempDir('dialdeck-hub-busy-');
    await (await started(dataDir)).close();
    // A hub process holds the folder: its lock names a live process other than this one.
    const lock = path.join(dataDir, 'pg', 'dialdeck.lock');
    fs.writeFileSync(lock, String(process.ppid));
    await expect(backupEmbedded(dataDir, path.join(dataDir, 'x.tar.gz'))).rejects.toThrow(
      `Another Dialdeck (process ${process.ppid}) is using the data folder`,
    );
    expect(fs.existsSync(path.join(dataDir, 'x.tar.gz'))).toBe(false);
    fs.rmSync(lock);
    const junk = path.join(dataDir, 'junk.tar.gz');
    fs.writeFileSync(junk, 'not a backup');
    await expect(restoreEmbedded(dataDir, junk)).rejects.toThrow(
      /junk\.tar\.gz is not a Dialdeck hub backup that opens .*nothing was changed/,
    );
    expect(await queryHubFolder(dataDir, 'SELECT count(*)::int AS n FROM reps')).toEqual([
      { n: 0 },
    ]);
  });

  it('answers /health with whether the database answers, in words when it does not', async () => {
    const cluster = await startPgCluster();
    cleanups.push(() => cluster.stop());
    const database = await cluster.createDatabase();
    const { hub } = await started(tempDir('dialdeck-hub-health-'), { databaseUrl: database.url });
    const health = async () => {
      const response = await fetch(`${hub.url}/health`);
      return { status: response.status, body: await response.json() };
    };
    expect(await health()).toEqual({
      status: 200,
      body: { ok: true, database: { ok: true, kind: 'server' } },
    });
    await cluster.stopServer();
    const down = await health();
    expect(down).toMatchObject({ status: 503, body: { ok: false, database: { ok: false } } });
    expect((down.body as { database: { error: string } }).database.error).toMatch(
      /PostgreSQL|refused|terminat|connect/i,
    );
    await cluster.startServer();
    expect((await health()).status).toBe(200);
  });
});
