import { afterAll, afterEach, beforeAll } from 'vitest';
import { openHubDatabase, type HubDatabase } from '../../electron/hub/db';
import { startPgCluster, type PgCluster } from './pg-cluster';
import { embeddedDataDir } from './pglite-template';

export type AdapterKind = HubDatabase['kind'];
export const ADAPTERS: readonly AdapterKind[] = ['embedded', 'server'];

/**
 * Each test's database on the adapter named, closed and removed after the test: a copy of an
 * embedded template in its own folder, or a fresh database in the file's throwaway cluster.
 */
export function useHubDatabases(kind: AdapterKind) {
  let cluster: PgCluster | null = null;
  const cleanups: (() => Promise<void> | void)[] = [];

  beforeAll(async () => {
    if (kind === 'server') cluster = await startPgCluster();
  });
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  afterAll(async () => {
    await cluster?.stop();
  });

  const fixture = {
    cluster: () => {
      if (!cluster) throw new Error('only the server adapter has a cluster');
      return cluster;
    },
    /** Runs after this test, last added first. */
    onCleanup: (cleanup: () => Promise<void> | void) => cleanups.push(cleanup),
    /** A place for the database: a folder or a database URL, created empty for this test. */
    async place(): Promise<{ dataDir: string } | { url: string }> {
      if (kind === 'embedded') {
        const temp = await embeddedDataDir();
        cleanups.push(temp.remove);
        return { dataDir: temp.dir };
      }
      const database = await fixture.cluster().createDatabase();
      cleanups.push(database.drop);
      return { url: database.url };
    },
    async openAt(place: { dataDir: string } | { url: string }): Promise<HubDatabase> {
      const db = await openHubDatabase(
        'dataDir' in place ? { kind: 'embedded', ...place } : { kind: 'server', ...place },
      );
      cleanups.push(() => db.close());
      return db;
    },
    async open(): Promise<HubDatabase> {
      return fixture.openAt(await fixture.place());
    },
  };
  return fixture;
}
