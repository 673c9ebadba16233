import fs from 'node:fs';
import path from 'node:path';
import { StoreLockedError } from './errors';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** One process per data folder; a lock left by a crashed process is taken over. */
export function lockDataDir(dataDir: string): () => void {
  const lockFile = path.join(dataDir, 'dialdeck.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
      return () => fs.rmSync(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(fs.readFileSync(lockFile, 'utf8'));
      if (Number.isInteger(holder) && holder !== process.pid && isAlive(holder)) {
        throw new StoreLockedError(
          `Another Dialdeck (process ${holder}) is using the data folder ${dataDir}. ` +
            'Close it first, or start this one with a different --data-dir.',
        );
      }
      fs.rmSync(lockFile, { force: true });
    }
  }
  throw new StoreLockedError(`Could not lock the data folder ${dataDir}.`);
}
