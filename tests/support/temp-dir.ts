import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Each test gets its own data folder, removed afterwards unless KEEP_TEST_DATA is set. */
export function makeTempDir(prefix = 'dialdeck-test-'): { dir: string; remove: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return {
    dir,
    remove: () => {
      if (!process.env.KEEP_TEST_DATA) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
