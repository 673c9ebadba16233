import fs from 'node:fs';
import path from 'node:path';
import { fsyncDirectory } from './journal/segments';
import { sealFor, unsealSnapshot } from './snapshot-seal';

export interface SnapshotPaths {
  current: string;
  backup: string;
  temp: string;
}

export function snapshotPaths(dataDir: string): SnapshotPaths {
  const current = path.join(dataDir, 'dialdeck.sqlite');
  return { current, backup: `${current}.bak`, temp: `${current}.tmp` };
}

/**
 * Writes the new snapshot beside the old one, fsyncs it, then renames: the current file becomes
 * the backup and the new file becomes current. A crash at any point leaves a complete current or
 * backup snapshot, and the journal holds everything after the backup.
 */
export function writeSnapshotAtomically(paths: SnapshotPaths, bytes: Uint8Array): void {
  try {
    writeAndSync(paths.temp, [bytes, sealFor(bytes)]);
  } catch (error) {
    // A temp file cut short by a full disk would keep the disk full: it goes.
    fs.rmSync(paths.temp, { force: true });
    throw error;
  }
  if (fs.existsSync(paths.current)) fs.renameSync(paths.current, paths.backup);
  fs.renameSync(paths.temp, paths.current);
  fsyncDirectory(path.dirname(paths.current));
}

function writeAndSync(file: string, parts: readonly Uint8Array[]): void {
  const fd = fs.openSync(file, 'w');
  try {
    for (const part of parts) {
      let written = 0;
      while (written < part.length) {
        written += fs.writeSync(fd, part, written, part.length - written);
      }
    }
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * A crash between the two renames leaves no current snapshot, the old one as the backup and the
 * new one, complete and synced, as the temp file. Its checksum proves it whole: the rename is
 * finished. A temp file that does not verify was cut off while written and is removed.
 */
export function finishInterruptedSnapshot(paths: SnapshotPaths): void {
  if (!fs.existsSync(paths.temp)) return;
  if (!fs.existsSync(paths.current) && tempSnapshotIsWhole(paths)) {
    fs.renameSync(paths.temp, paths.current);
    fsyncDirectory(path.dirname(paths.current));
    return;
  }
  fs.rmSync(paths.temp, { force: true });
}

export function tempSnapshotIsWhole(paths: SnapshotPaths): boolean {
  try {
    const unsealed = unsealSnapshot(fs.readFileSync(paths.temp));
    return unsealed.ok && unsealed.sealed;
  } catch {
    return false;
  }
}

/** Whether Dialdeck has ever stored anything in this folder (a snapshot, or a journal). */
export function holdsDialdeckData(dataDir: string): boolean {
  const paths = snapshotPaths(dataDir);
  return [paths.current, paths.backup, paths.temp, path.join(dataDir, 'journal')].some((file) =>
    fs.existsSync(file),
  );
}
