import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostHub } from '../../../../electron/core/floor/link/hosted-hub';
import { silentLogger } from '../../../../electron/core/platform/log/logger';
import { systemClock } from '../../../../electron/core/platform/system-clock';
import { openHubDatabase } from '../../../../electron/hub/db';
import { startPgCluster, type PgCluster } from '../../../support/pg-cluster';
import { makeTempDir } from '../../../support/temp-dir';

let cluster: PgCluster;
beforeAll(async () => {
  cluster = await startPgCluster();
});
afterAll(async () => {
  await cluster.stop();
});

describe("a supervisor's hosted hub", () => {
  it('keeps its data on the PostgreSQL server its settings name, not in the data folder', async () => {
    const database = await cluster.createDatabase();
    const temp = makeTempDir('dialdeck-hosted-server-');
    const hub = await hostHub(
      {
        mode: 'host',
        port: 0,
        host: '127.0.0.1',
        teamToken: 'team-token-for-tests-0123456789',
        databaseUrl: database.url,
        tls: null,
        timeZone: 'UTC',
      },
      { dataDir: temp.dir, clock: systemClock, log: silentLogger },
    );
    const db = await openHubDatabase({ kind: 'server', url: database.url });
    const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM hub_nodes');
    expect(rows).toEqual([{ n: 1 }]);
    await hub.close();
    expect((await db.query('SELECT node_id FROM hub_nodes')).rows).toEqual([]);
    await db.close();
    expect(fs.existsSync(`${temp.dir}/hub/pg`)).toBe(false);
    temp.remove();
  });
});
