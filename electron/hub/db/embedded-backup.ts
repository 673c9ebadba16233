import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { lockDataDir } from '../../core/platform/store/data-dir-lock';
import { HubDatabaseError } from './db-errors';
import { openPgliteFolder } from './pglite-folder';
import { DurableSync } from './wal-sync';

export interface BackupReport {
  file: string;
  bytes: number;
}

/**
 * Writes the embedded database to one file (PGlite's own gzipped copy of its data folder), with
 * no PostgreSQL tools. The folder is opened as the hub would, so a hub running on it refuses
 * this with the process that holds it; the file appears whole or not at all.
 */
export async function backupEmbedded(dataDir: string, outFile: string): Promise<BackupReport> {
  const { pg, unlock } = await openPgliteFolder(dataDir);
  try {
    await pg.exec('CHECKPOINT');
    const dump = await pg.dumpDataDir('gzip');
    const bytes = new Uint8Array(await dump.arrayBuffer());
    writeWhole(outFile, bytes);
    return { file: outFile, bytes: bytes.length };
  } finally {
    await pg.close();
    unlock();
  }
}

export interface RestoreReport {
  /** Where the database that was there before went (kept whole), if there was one. */
  previousKeptIn: string | null;
}

/**
 * Makes `<dataDir>/pg` from a backup file: unpacked and checked in a scratch folder first, then
 * renamed into place; a database already there is moved aside, never overwritten.
 */
export async function restoreEmbedded(dataDir: string, fromFile: string): Promise<RestoreReport> {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(fromFile);
  } catch (error) {
    throw new HubDatabaseError(
      `cannot read the backup file ${fromFile}: ${(error as Error).message}`,
      'misuse',
      { cause: error },
    );
  }
  fs.mkdirSync(dataDir, { recursive: true });
  const scratch = path.join(
    dataDir,
    `pg.restoring-${process.pid}-${randomBytes(4).toString('hex')}`,
  );
  try {
    const pg = await PGlite.create({ dataDir: scratch, loadDataDir: new Blob([bytes]) });
    await pg.query('SELECT count(*) FROM schema_migrations');
    await pg.close();
  } catch (error) {
    fs.rmSync(scratch, { recursive: true, force: true });
    throw new HubDatabaseError(
      `${fromFile} is not a Dialdeck hub backup that opens (${(error as Error).message}); ` +
        'nothing was changed',
      'misuse',
      { cause: error },
    );
  }
  DurableSync.everything(scratch);
  const pgDir = path.join(dataDir, 'pg');
  let previousKeptIn: string | null = null;
  if (fs.existsSync(pgDir)) {
    // The lock proves no hub runs on it; it need not open (a damaged one is why people restore).
    lockDataDir(pgDir);
    previousKeptIn = `${pgDir}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    fs.renameSync(pgDir, previousKeptIn);
    fs.rmSync(path.join(previousKeptIn, 'dialdeck.lock'), { force: true });
  }
  fs.renameSync(scratch, pgDir);
  syncDirectory(dataDir);
  return { previousKeptIn };
}

function writeWhole(file: string, bytes: Uint8Array): void {
  const temp = `${file}.partial`;
  const fd = fs.openSync(temp, 'w');
  try {
    fs.writeSync(fd, bytes);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temp, file);
  syncDirectory(path.dirname(file));
}

function syncDirectory(dir: string): void {
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
