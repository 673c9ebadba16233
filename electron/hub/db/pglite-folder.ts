import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { lockDataDir } from '../../core/platform/store/data-dir-lock';
import { HubDatabaseError } from './db-errors';
import { INT8_OID, parseInt8 } from './int8';
import { controlStamp, DurableSync } from './wal-sync';

const CREATING = /^pg\.creating-(\d+)-[0-9a-f]+$/;

const pgliteOptions = (dataDir: string): PGliteOptions => ({
  dataDir,
  parsers: { [INT8_OID]: parseInt8 },
});

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Leftovers of a creation cut short: they never held an acknowledged write. */
function removeAbandonedCreations(dataDir: string): void {
  for (const name of fs.readdirSync(dataDir)) {
    const match = CREATING.exec(name);
    if (match && !isAlive(Number(match[1]))) {
      fs.rmSync(path.join(dataDir, name), { recursive: true, force: true });
    }
  }
}

/**
 * initdb runs in a folder of its own that is renamed to `pg` once complete and on disk, so a
 * crash during creation never leaves a half-made `pg` that would then refuse to open.
 */
async function createFresh(dataDir: string, pgDir: string): Promise<void> {
  const scratch = path.join(
    dataDir,
    `pg.creating-${process.pid}-${randomBytes(4).toString('hex')}`,
  );
  const pg = await PGlite.create(pgliteOptions(scratch));
  await pg.close();
  DurableSync.everything(scratch);
  fs.renameSync(scratch, pgDir);
  const dirFd = fs.openSync(dataDir, 'r');
  try {
    fs.fsyncSync(dirFd);
  } finally {
    fs.closeSync(dirFd);
  }
}

function damaged(pgDir: string, why: string, cause?: unknown): HubDatabaseError {
  return new HubDatabaseError(
    `The hub's database folder ${pgDir} will not open (${why}). It was left exactly as it is: ` +
      'restore it from a backup, or move it aside to start the hub with an empty database.',
    'data-folder-damaged',
    { cause },
  );
}

export interface OpenedPglite {
  pg: PGlite;
  pgDir: string;
  durable: DurableSync;
  unlock: () => void;
}

/** Opens `<dataDir>/pg`, creating it on the first start; a folder that will not open is kept. */
export async function openPgliteFolder(dataDir: string): Promise<OpenedPglite> {
  fs.mkdirSync(dataDir, { recursive: true });
  removeAbandonedCreations(dataDir);
  const pgDir = path.join(dataDir, 'pg');
  if (!fs.existsSync(pgDir)) await createFresh(dataDir, pgDir);
  // PGlite would run initdb over a folder without PG_VERSION: never let it.
  if (!fs.existsSync(path.join(pgDir, 'PG_VERSION'))) {
    throw damaged(pgDir, 'PG_VERSION is missing, so it is not a PostgreSQL data folder');
  }
  const unlock = lockDataDir(pgDir);
  try {
    const durable = new DurableSync(pgDir, controlStamp(pgDir));
    const openStartedAt = Date.now();
    const pg = await PGlite.create(pgliteOptions(pgDir));
    durable.opened(openStartedAt);
    return { pg, pgDir, durable, unlock };
  } catch (error) {
    unlock();
    throw damaged(pgDir, error instanceof Error ? error.message : String(error), error);
  }
}
