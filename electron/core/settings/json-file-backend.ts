import fs from 'node:fs';
import path from 'node:path';
import type { SettingsBackend, StoredSettings } from './settings-service';

/** settings.json in the data folder, replaced atomically on every save. */
export function jsonFileSettingsBackend(dataDir: string): SettingsBackend {
  const file = path.join(dataDir, 'settings.json');
  return {
    load() {
      if (!fs.existsSync(file)) return undefined;
      try {
        return JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
      } catch {
        return undefined;
      }
    },
    save(data: StoredSettings) {
      const temp = `${file}.tmp`;
      fs.writeFileSync(temp, JSON.stringify(data, null, 2), { mode: 0o600 });
      fs.renameSync(temp, file);
    },
  };
}
