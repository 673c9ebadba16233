import type { Clock } from '../../../shared/clock';
import type { RuntimeMode } from '../../../shared/domain/app-info';
import type { SettingsPatch } from '../../../shared/domain/settings';
import { seedDemoData } from '../demo/seed-demo';
import { EventHub } from '../events/event-hub';
import { createDispatcher, type Dispatcher } from '../ipc/dispatcher';
import type { Logger } from '../log/logger';
import { systemClock } from '../platform/system-clock';
import {
  SettingsService,
  type SecretCipher,
  type SettingsBackend,
} from '../settings/settings-service';
import { defaultSettings } from '../settings/default-settings';
import { openStore, type WorkerScript } from '../store/open-store';
import type { Store } from '../store/store';
import { appHandlers } from './app-handlers';
import { queueHandlers } from './queue-handlers';
import { combineHandlers } from '../ipc/dispatcher';

export interface CoreOptions {
  dataDir: string;
  resourcesDir: string;
  mode: RuntimeMode;
  version: string;
  settingsBackend: SettingsBackend;
  secretCipher: SecretCipher;
  log: Logger;
  clock?: Clock;
  storeWorker?: WorkerScript;
  /** Load the demo leads when the data folder is new (default true). */
  seedDemo?: boolean;
  /** Applied (and saved) on start, e.g. from command-line flags. */
  settingsOverrides?: SettingsPatch;
}

/** Everything the main process owns, with no Electron in it: Electron and browser mode both wrap this. */
export interface Core {
  dispatcher: Dispatcher;
  events: EventHub;
  settings: SettingsService;
  store: Store;
  clock: Clock;
  log: Logger;
  close(): Promise<void>;
}

export async function createCore(options: CoreOptions): Promise<Core> {
  const clock = options.clock ?? systemClock;
  const log = options.log;
  const settings = new SettingsService(
    options.settingsBackend,
    options.secretCipher,
    log,
    defaultSettings(),
  );
  if (options.settingsOverrides && Object.keys(options.settingsOverrides).length > 0) {
    settings.update(options.settingsOverrides);
  }
  const { store, stats } = await openStore({ dataDir: options.dataDir }, options.storeWorker);
  log.info('store opened', { ...stats.openReport });
  if (stats.openReport.snapshotFile === null && options.seedDemo !== false) {
    const seeded = await seedDemoData(store, options.resourcesDir, clock.now());
    log.info('demo leads loaded into a new data folder', { leads: seeded });
  }

  const events = new EventHub();
  const context = { store, settings, events, clock, log, options };
  const dispatcher = createDispatcher(
    combineHandlers(appHandlers(context), queueHandlers(context)),
    log,
  );

  return {
    dispatcher,
    events,
    settings,
    store,
    clock,
    log,
    async close() {
      await store.close();
      log.info('store closed');
    },
  };
}

export interface CoreContext {
  store: Store;
  settings: SettingsService;
  events: EventHub;
  clock: Clock;
  log: Logger;
  options: CoreOptions;
}
