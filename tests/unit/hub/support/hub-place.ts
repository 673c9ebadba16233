import { afterAll, beforeAll } from 'vitest';
import { openHubDatabase, type DbRow, type DbValue } from '../../../../electron/hub/db';
import type { AdapterKind } from '../../../support/hub-db-fixture';
import { queryHubFolder } from '../../../support/hub-db';
import { startPgCluster, type PgCluster } from '../../../support/pg-cluster';
import { makeTempDir } from '../../../support/temp-dir';

export interface HubPlace {
  /** The hub's data folder (the embedded database lives in it). */
  dataDir: string;
  /** Set on the server adapter: the test's own database on the file's cluster. */
  databaseUrl?: string;
  /** Reads the hub's database (the hub must be stopped when it is embedded). */
  query<Row extends DbRow>(text: string, params?: readonly DbValue[]): Promise<Row[]>;
  remove(): Promise<void>;
}

/**
 * Where a test's hub keeps its data on the adapter named: a folder with the embedded database,
 * or a folder plus a fresh database on a throwaway PostgreSQL cluster started for the file.
 */
export function useHubPlaces(kind: AdapterKind): { create(prefix: string): Promise<HubPlace> } {
  let cluster: PgCluster | null = null;
  beforeAll(async () => {
    if (kind === 'server') cluster = await startPgCluster();
  });
  afterAll(async () => {
    await cluster?.stop();
  });
  return {
    async create(prefix) {
      const temp = makeTempDir(prefix);
      if (kind === 'embedded') {
        return {
          dataDir: temp.dir,
          query: (text, params) => queryHubFolder(temp.dir, text, params),
          remove: () => Promise.resolve(temp.remove()),
        };
      }
      if (!cluster) throw new Error('the cluster did not start');
      const database = await cluster.createDatabase();
      return {
        dataDir: temp.dir,
        databaseUrl: database.url,
        async query<Row extends DbRow>(text: string, params?: readonly DbValue[]) {
          const db = await openHubDatabase({ kind: 'server', url: database.url });
          try {
            return (await db.query<Row>(text, params)).rows;
          } finally {
            await db.close();
          }
        },
        remove: async () => {
          await database.drop();
          temp.remove();
        },
      };
    },
  };
}
