import type { SecretName, SettingsPatch } from '../../shared/domain/settings';
import { hubSettingsShape } from '../../shared/ipc/floor-validators';
import { assertTeamToken, readTeamToken } from '../hub/auth/team-token-file';
import {
  chooseSecret,
  readSecretFile,
  type SecretOptions,
  type SecretSource,
} from '../core/platform/command-line-secret';

/** The team hub flags of browser mode, as parseArgs options. */
export const HUB_FLAG_OPTIONS = {
  'hub-url': { type: 'string' },
  'hub-token': { type: 'string' },
  'hub-token-file': { type: 'string' },
  'hub-rep-key': { type: 'string' },
  'hub-rep-key-file': { type: 'string' },
  'hub-port': { type: 'string' },
} as const;

export const TEAM_TOKEN_SECRET: SecretOptions = {
  what: 'team token',
  flag: '--hub-token',
  fileFlag: '--hub-token-file',
  envVar: 'DIALDECK_HUB_TOKEN',
};

export const REP_KEY_SECRET: SecretOptions = {
  what: 'rep key',
  flag: '--hub-rep-key',
  fileFlag: '--hub-rep-key-file',
  envVar: 'DIALDECK_HUB_REP_KEY',
};

export const HUB_FLAGS_USAGE =
  '[--hub-url URL] [--hub-token-file F] [--hub-rep-key-file F] [--hub-port PORT]\n' +
  '  The team token and the rep key: from a file (--hub-token-file, --hub-rep-key-file) or the\n' +
  '  DIALDECK_HUB_TOKEN / DIALDECK_HUB_REP_KEY environment variables. --hub-token T and\n' +
  "  --hub-rep-key K still work, but show the secret in `ps` and in npm's echo of the command.";

export interface HubFlagValues {
  'hub-url'?: string | undefined;
  'hub-token'?: string | undefined;
  'hub-token-file'?: string | undefined;
  'hub-rep-key'?: string | undefined;
  'hub-rep-key-file'?: string | undefined;
  'hub-port'?: string | undefined;
}

export interface HubFlags {
  settings: SettingsPatch;
  secrets: Partial<Record<SecretName, string>>;
  /** One line each, for stderr: a secret given on the command line. */
  warnings: string[];
}

/**
 * A rep publishes to --hub-url with the team token or their own rep key (each from a file, the
 * environment or, with a warning, the command line); a supervisor hosts the hub on --hub-port, or
 * follows --hub-url.
 */
export function parseHubFlags(values: HubFlagValues, env: NodeJS.ProcessEnv = {}): HubFlags {
  const settings: SettingsPatch = {};
  const secrets: Partial<Record<SecretName, string>> = {};
  const warnings: string[] = [];
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
  const token = chooseSecret(
    TEAM_TOKEN_SECRET,
    { value: values['hub-token'], file: values['hub-token-file'] },
    env,
  );
  if (token.source) secrets.hubToken = teamToken(token.source);
  const repKey = chooseSecret(
    REP_KEY_SECRET,
    { value: values['hub-rep-key'], file: values['hub-rep-key-file'] },
    env,
  );
  if (repKey.source) secrets.hubRepKey = checkedRepKey(repKey.source);
  for (const warning of [token.warning, repKey.warning]) if (warning) warnings.push(warning);
  return { settings, secrets, warnings };
}

function teamToken(source: SecretSource): string {
  if (source.kind === 'file') return readTeamToken(source.file);
  assertTeamToken(source.value, `The ${source.name} value`);
  return source.value;
}

function checkedRepKey(source: SecretSource): string {
  const key = source.kind === 'file' ? readSecretFile(source.file, 'rep key') : source.value;
  if (!/^[A-Za-z0-9_-]{16,128}$/.test(key)) {
    const where = source.kind === 'file' ? `The rep key in ${source.file}` : source.name;
    throw new Error(`${where} must be the key \`npm run hub -- --rep-key ID\` printed.`);
  }
  return key;
}
