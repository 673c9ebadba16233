import { z } from 'zod';
import {
  SECRET_NAMES,
  TELEPHONY_PROVIDERS,
  type PublicSettings,
  type SecretName,
  type SettingsPatch,
} from '../../../../shared/domain/settings';
import type { Logger } from '../log/logger';
import { storedSipShape } from './sip-settings';
import { storedTwilioShape } from './twilio-settings';
import { storedHubShape } from './hub-settings';
import { storedLeadSettingsShape } from './lead-settings';
import { storedLocalPresenceShape } from './local-presence-settings';

/** Where settings live: electron-store in Electron, a JSON file in browser mode and the CLI. */
export interface SettingsBackend {
  /** The stored settings, undefined when there are none; throws when they cannot be read. */
  load(): unknown;
  save(data: StoredSettings): void;
  /** Copies a file that could not be used aside before a save replaces it; returns the copy. */
  keepDamagedCopy?(): string | null;
}

/** Encrypts secrets at rest: Electron safeStorage in the app, a local key file elsewhere. */
export interface SecretCipher {
  readonly description: string;
  encrypt(plainText: string): string;
  decrypt(cipherText: string): string;
}

export type StoredSettings = Omit<PublicSettings, 'secretsSet'> & {
  /** Ciphertexts only. */
  secrets: Partial<Record<SecretName, string>>;
};

const storedSchema = z.object({
  repId: z.string().min(1),
  repName: z.string().min(1),
  role: z.enum(['rep', 'supervisor']),
  setupComplete: z.boolean(),
  repTimeZone: z.string().min(1),
  telephonyProvider: z.enum(TELEPHONY_PROVIDERS),
  dialMode: z.enum(['power', 'preview']),
  wrapUpSeconds: z.number().int().min(0),
  keepOutcomesNotOnTheLine: z.boolean(),
  shiftStart: z.string(),
  shiftEnd: z.string(),
  ...storedTwilioShape,
  ...storedSipShape,
  ...storedLeadSettingsShape,
  ...storedHubShape,
  ...storedLocalPresenceShape,
  secrets: z.partialRecord(z.enum(SECRET_NAMES), z.string()),
});

export class SettingsService {
  private data: StoredSettings;
  /** Why the stored settings could not be used, for a banner; null when they loaded. */
  readonly loadProblem: string | null = null;

  constructor(
    private readonly backend: SettingsBackend,
    private readonly cipher: SecretCipher,
    private readonly log: Logger,
    defaults: Omit<StoredSettings, 'secrets'>,
  ) {
    let loaded: unknown;
    let problem: string | null = null;
    try {
      loaded = backend.load();
    } catch (error) {
      problem = (error as Error).message;
    }
    const merged = { ...defaults, secrets: {}, ...(isObject(loaded) ? settledBefore(loaded) : {}) };
    const parsed = storedSchema.safeParse(merged);
    if (parsed.success && problem === null) {
      this.data = parsed.data;
      return;
    }
    problem ??= `a setting is invalid: ${parsed.error?.issues[0]?.message ?? 'unknown'}`;
    // The next save replaces the file: a copy of what could not be read is kept first.
    const copy = backend.keepDamagedCopy?.() ?? null;
    this.loadProblem =
      `Your settings could not be read (${problem}). Dialdeck started with its default ` +
      `settings${copy ? `; the unreadable file is kept as ${copy}` : ''}.`;
    log.warn('settings could not be read, using defaults', { problem, keptAs: copy });
    this.data = { ...defaults, secrets: {} };
  }

  get(): PublicSettings {
    const { secrets, ...visible } = this.data;
    const secretsSet = Object.fromEntries(
      SECRET_NAMES.map((name) => [name, secrets[name] !== undefined]),
    ) as Record<SecretName, boolean>;
    return { ...visible, secretsSet };
  }

  update(patch: SettingsPatch): PublicSettings {
    this.data = { ...this.data, ...patch };
    this.backend.save(this.data);
    return this.get();
  }

  setSecret(name: SecretName, value: string): PublicSettings {
    this.log.redact(value);
    this.data = {
      ...this.data,
      secrets: { ...this.data.secrets, [name]: this.cipher.encrypt(value) },
    };
    this.backend.save(this.data);
    this.log.info('secret stored', { name, cipher: this.cipher.description });
    return this.get();
  }

  /** For the main process only; never sent to a renderer. */
  getSecret(name: SecretName): string | null {
    const cipherText = this.data.secrets[name];
    if (cipherText === undefined) return null;
    const value = this.cipher.decrypt(cipherText);
    this.log.redact(value);
    return value;
  }
}

/**
 * Settings saved before the first-run setup existed belong to a rep who is already at work. An
 * empty file (electron-store's answer for a new data folder) is a new rep.
 */
function settledBefore(loaded: Record<string, unknown>): Record<string, unknown> {
  if ('setupComplete' in loaded || Object.keys(loaded).length === 0) return loaded;
  return { ...loaded, setupComplete: true };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
