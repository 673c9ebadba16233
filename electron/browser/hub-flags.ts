import type { SecretName, SettingsPatch } from '../../shared/domain/settings';
import { hubSettingsShape } from '../../shared/ipc/floor-validators';
import { assertTeamToken, readTeamToken } from '../core/floor/auth/team-token-file';

/** The team hub flags of browser mode, as parseArgs options. */
export const HUB_FLAG_OPTIONS = {
  'hub-url': { type: 'string' },
  'hub-token': { type: 'string' },
  'hub-token-file': { type: 'string' },
  'hub-rep-key': { type: 'string' },
  'hub-port': { type: 'string' },
} as const;

export const HUB_FLAGS_USAGE =
  '[--hub-url URL] [--hub-token T | --hub-token-file F] [--hub-rep-key K] [--hub-port PORT]';

export interface HubFlagValues {
  'hub-url'?: string | undefined;
  'hub-token'?: string | undefined;
  'hub-token-file'?: string | undefined;
  'hub-rep-key'?: string | undefined;
  'hub-port'?: string | undefined;
}

export interface HubFlags {
  settings: SettingsPatch;
  secrets: Partial<Record<SecretName, string>>;
}

/**
 * A rep publishes to --hub-url with the team token (--hub-token, --hub-token-file) or their own
 * --hub-rep-key; a supervisor hosts the hub on --hub-port, or follows --hub-url.
 */
export function parseHubFlags(values: HubFlagValues): HubFlags {
  const settings: SettingsPatch = {};
  const secrets: Partial<Record<SecretName, string>> = {};
  const url = values['hub-url'];
  if (url !== undefined) {
    const parsed = hubSettingsShape.hubUrl.safeParse(url);
    if (!parsed.success) {
      throw new Error(
        `--hub-url ${parsed.error.issues[0]?.message ?? 'is not valid'}, got "${url}".`,
      );
    }
    settings.hubUrl = url;
  }
  const port = values['hub-port'];
  if (port !== undefined) {
    const value = Number(port);
    if (port.trim() === '' || !Number.isInteger(value) || value < 0 || value > 65_535) {
      throw new Error(`--hub-port must be a number from 0 to 65535, got "${port}".`);
    }
    settings.hubPort = value;
  }
  if (values['hub-token'] !== undefined && values['hub-token-file'] !== undefined) {
    throw new Error('Give the team token once: --hub-token or --hub-token-file.');
  }
  if (values['hub-token'] !== undefined) {
    assertTeamToken(values['hub-token'], 'The --hub-token value');
    secrets.hubToken = values['hub-token'];
  }
  if (values['hub-token-file'] !== undefined) {
    secrets.hubToken = readTeamToken(values['hub-token-file']);
  }
  const repKey = values['hub-rep-key'];
  if (repKey !== undefined) {
    if (!/^[A-Za-z0-9_-]{16,128}$/.test(repKey)) {
      throw new Error('--hub-rep-key must be the key `npm run hub -- --rep-key ID` printed.');
    }
    secrets.hubRepKey = repKey;
  }
  return { settings, secrets };
}
