import type { Clock } from '../../../shared/clock';
import type { RuntimeMode } from '../../../shared/domain/app-info';
import type { QueueSummary } from '../../../shared/domain/queue';
import type { SecretName, SettingsPatch } from '../../../shared/domain/settings';
import type { SessionService } from '../dialing';
import type { CallScripts } from '../scripts';
import type { DispositionBook } from '../dispositions';
import type { QueueCampaigns } from '../queue/store';
import type { SimulationControl } from '../telephony';
import type { TodayKpi } from '../kpi';
import type { FloorLink } from '../floor';
import type { LeadListServices } from '../leads/list';
import type { EventHub } from '../platform/events/event-hub';
import type { Dispatcher } from '../platform/ipc/dispatcher';
import type { Logger } from '../platform/log/logger';
import type {
  SecretCipher,
  SettingsBackend,
  SettingsService,
} from '../platform/settings/settings-service';
import type { WorkerScript } from '../platform/store/open-store';
import type { Store } from '../platform/store/store';
import type { TelephonyProvider } from '../telephony';
import type { TwilioLineControl } from '../telephony';

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
  /** Stored (encrypted) on start, e.g. the hub's team token from a command-line flag. */
  secretOverrides?: Partial<Record<SecretName, string>>;
  /** The simulated line's seed, scripted outcomes and speed (demos, tests). */
  simulation?: SimulationControl;
  /** Replaces the telephony provider, e.g. a simulated line on a test's manual clock. */
  telephonyProvider?: TelephonyProvider;
  /** Test hooks of the Twilio line (scripted Device, REST API address). */
  twilio?: TwilioLineControl;
  /** Attempt ids for the session (tests); default random UUIDs. */
  newAttemptId?: () => string;
}

/** Everything the main process owns, with no Electron in it: Electron and browser mode both wrap this. */
export interface Core {
  dispatcher: Dispatcher;
  events: EventHub;
  settings: SettingsService;
  store: Store;
  clock: Clock;
  log: Logger;
  /** The rep's power-dial session (tests and benchmarks wait on it with settled()). */
  session: SessionService;
  telephony: TelephonyProvider;
  /** Imports, the DNC list, campaigns, callbacks and held leads. */
  leadList: LeadListServices;
  /** This app on the team floor (rep outbox and delivery, or the supervisor's hub). */
  floorLink: FloorLink;
  /** Stops the session (unlocking its leads), shuts the line, then closes the store. */
  close(): Promise<void>;
}

export interface CoreContext {
  store: Store;
  settings: SettingsService;
  events: EventHub;
  clock: Clock;
  log: Logger;
  options: CoreOptions;
  session: SessionService;
  kpi: TodayKpi;
  dispositions: DispositionBook;
  campaigns: QueueCampaigns;
  scripts: CallScripts;
  leadList: LeadListServices;
  floorLink: FloorLink;
  /** What the session dials next, for queue.summary and queue.changed. */
  queueSummary: () => Promise<QueueSummary>;
  /** What opening the data folder found that the person must be told (a banner). */
  storeWarnings: string[];
}
