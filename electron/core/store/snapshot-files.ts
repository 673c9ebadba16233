import fs from 'node:fs';
import path from 'node:path';
import { fsyncDirectory } from './journal/segments';

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
  const fd = fs.openSync(paths.temp, 'w');
  try {
    let written = 0;
    while (written < bytes.length) {
      written += fs.writeSync(fd, bytes, written, bytes.length - written);
    }
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  if (fs.existsSync(paths.current)) fs.renameSync(paths.current, paths.backup);
  fs.renameSync(paths.temp, paths.current);
  fsyncDirectory(path.dirname(paths.current));
}
