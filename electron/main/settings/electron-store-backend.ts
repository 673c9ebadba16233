import type { Logger } from '../../core/platform/log/logger';
import type {
  SettingsBackend,
  StoredSettings,
} from '../../core/platform/settings/settings-service';

/** What we use of electron-store: its whole-file `store` property (read parses, write saves atomically). */
export interface StoreFile {
  store: Record<string, unknown>;
}

export type StoreFileConstructor = new (options: { cwd: string; name: string }) => StoreFile;

/**
 * Settings in `<data folder>/settings.json` through electron-store. A file electron-store cannot
 * parse is left as it is: loading falls back to defaults and saving reports the error instead of
 * overwriting what the user may want to recover.
 */
export function electronStoreBackend(
  StoreClass: StoreFileConstructor,
  dataDir: string,
  log: Logger,
): SettingsBackend {
  let file: StoreFile | null = null;
  const open = (): StoreFile => {
    if (file) return file;
    try {
      file = new StoreClass({ cwd: dataDir, name: 'settings' });
    } catch (error) {
      throw new Error(
        `Dialdeck could not read its settings file in ${dataDir} (${(error as Error).message}); ` +
          'it was left untouched.',
        { cause: error },
      );
    }
    return file;
  };
  return {
    load() {
      try {
        return open().store;
      } catch (error) {
        log.warn('settings file could not be read, using defaults', {
          error: (error as Error).message,
        });
        return undefined;
      }
    },
    save(data: StoredSettings) {
      open().store = { ...data };
    },
  };
}
