import fs from 'node:fs';
import path from 'node:path';
import { StoreDamagedError } from './errors';
import { decodeLine } from './journal/record-codec';
import { listSegments } from './journal/segments';
import { openInlineStore } from './open-store';
import { snapshotPaths } from './snapshot-files';

/**
 * What the user runs after Dialdeck refused a damaged data folder. Nothing is deleted: a damaged
 * file is moved to `damaged/`, then the store is rebuilt from the backup snapshot and the journal.
 * A journal damaged mid-file keeps every record before the damage; the rest is moved aside.
 */
export async function recoverDataDir(dataDir: string, now: number): Promise<string> {
  const damagedDir = path.join(dataDir, 'damaged');
  const moved: string[] = [];
  const setAside = (file: string, bytes?: Buffer) => {
    fs.mkdirSync(damagedDir, { recursive: true });
    const target = path.join(damagedDir, `${path.basename(file)}.${now}`);
    if (bytes) fs.writeFileSync(target, bytes);
    else fs.renameSync(file, target);
    moved.push(target);
  };

  for (let round = 0; round < 4; round++) {
    try {
      const { store, stats } = await openInlineStore({ dataDir });
      await store.close();
      const summary = moved.length
        ? `Recovered ${dataDir}. Set aside (not deleted): ${moved.join(', ')}.`
        : `${dataDir} opens fine; nothing to recover.`;
      return `${summary} Replayed ${stats.openReport.replayedRecords} journal records.`;
    } catch (error) {
      if (!(error instanceof StoreDamagedError)) throw error;
      const paths = snapshotPaths(dataDir);
      if (error.file === paths.current || error.file === paths.backup) {
        setAside(error.file);
      } else if (error.file.endsWith('.log')) {
        truncateAtDamage(error.file, setAside);
      } else {
        throw error;
      }
    }
  }
  throw new Error(`Could not recover ${dataDir}; files set aside so far: ${moved.join(', ')}`);
}

function truncateAtDamage(segmentFile: string, setAside: (file: string, bytes: Buffer) => void) {
  const bytes = fs.readFileSync(segmentFile);
  const text = bytes.toString('utf8');
  let offset = 0;
  while (offset < text.length) {
    const newline = text.indexOf('\n', offset);
    if (newline === -1 || !decodeLine(text.slice(offset, newline)).ok) break;
    offset = newline + 1;
  }
  const byteOffset = Buffer.byteLength(text.slice(0, offset), 'utf8');
  setAside(segmentFile, bytes.subarray(byteOffset));
  fs.truncateSync(segmentFile, byteOffset);
  // Later segments start after the damage and can no longer be replayed in order.
  for (const later of listSegments(path.dirname(segmentFile))) {
    if (later.file > segmentFile) setAside(later.file, fs.readFileSync(later.file));
    if (later.file > segmentFile) fs.rmSync(later.file);
  }
}
