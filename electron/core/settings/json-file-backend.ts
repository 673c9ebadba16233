import fs from 'node:fs';
import path from 'node:path';
import type { SettingsBackend, StoredSettings } from './settings-service';

/** settings.json in the data folder, replaced atomically (written, synced, renamed) on every save. */
export function jsonFileSettingsBackend(
  dataDir: string,
  now: () => number = Date.now,
): SettingsBackend {
  const file = path.join(dataDir, 'settings.json');
  return {
    load() {
      if (!fs.existsSync(file)) return undefined;
      const text = fs.readFileSync(file, 'utf8');
      try {
        return JSON.parse(text) as unknown;
      } catch (error) {
        throw new Error(`${file} is not valid JSON: ${(error as Error).message}`, { cause: error });
      }
    },
    save(data: StoredSettings) {
      const temp = `${file}.tmp`;
      const fd = fs.openSync(temp, 'w', 0o600);
      try {
        fs.writeSync(fd, JSON.stringify(data, null, 2));
        fs.fsyncSync(fd);
      } finally {
        fs.closeSync(fd);
      }
      fs.renameSync(temp, file);
    },
    keepDamagedCopy() {
      if (!fs.existsSync(file)) return null;
      const copy = `${file}.damaged-${now()}`;
      fs.copyFileSync(file, copy);
      return copy;
    },
  };
}
