import fs from 'node:fs';
import path from 'node:path';
import { crc32 } from 'node:zlib';
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
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch (error) {
        throw new Error(`${file} is not valid JSON: ${(error as Error).message}`, { cause: error });
      }
      return withoutChecksum(parsed, file);
    },
    save(data: StoredSettings) {
      const temp = `${file}.tmp`;
      const fd = fs.openSync(temp, 'w', 0o600);
      try {
        fs.writeSync(fd, JSON.stringify(withChecksum(data), null, 2));
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

const CHECKSUM_KEY = 'checksum';

const checksumOf = (data: object) => crc32(JSON.stringify(data)).toString(16).padStart(8, '0');

/** A changed byte inside a value still parses: the checksum tells it from what was saved. */
function withChecksum(data: StoredSettings): Record<string, unknown> {
  return { ...data, [CHECKSUM_KEY]: checksumOf(data) };
}

/** Settings saved before they carried a checksum are taken as they are. */
function withoutChecksum(parsed: unknown, file: string): unknown {
  if (typeof parsed !== 'object' || parsed === null || !(CHECKSUM_KEY in parsed)) return parsed;
  const { [CHECKSUM_KEY]: checksum, ...data } = parsed as Record<string, unknown>;
  if (checksum !== checksumOf(data)) {
    throw new Error(`${file} was changed or damaged: its checksum does not match its content`);
  }
  return data;
}
