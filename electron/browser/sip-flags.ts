import type { SecretName, SettingsPatch } from '../../shared/domain/settings';
import { sipSettingsShape } from '../../shared/ipc/sip-validators';
import {
  chooseSecret,
  readSecretFile,
  type SecretOptions,
} from '../core/platform/command-line-secret';

/** The SIP line's flags of browser mode, as parseArgs options: they point the app at a server. */
export const SIP_FLAG_OPTIONS = {
  'sip-ws-url': { type: 'string' },
  'sip-uri': { type: 'string' },
  'sip-auth-user': { type: 'string' },
  'sip-realm': { type: 'string' },
  'sip-no-register': { type: 'boolean' },
  'sip-outbound-proxy': { type: 'string' },
  'sip-caller-id': { type: 'string' },
  'sip-caller-id-header': { type: 'string' },
  'sip-number-format': { type: 'string' },
  'sip-dial-prefix': { type: 'string' },
  'sip-ice-servers': { type: 'string' },
  'sip-password': { type: 'string' },
  'sip-password-file': { type: 'string' },
} as const;

export const SIP_PASSWORD_SECRET: SecretOptions = {
  what: 'SIP password',
  flag: '--sip-password',
  fileFlag: '--sip-password-file',
  envVar: 'DIALDECK_SIP_PASSWORD',
};

export const SIP_FLAGS_USAGE =
  '[--sip-ws-url URL --sip-uri sip:USER@DOMAIN [--sip-auth-user U] [--sip-realm R] [--sip-no-register]\n' +
  '  [--sip-outbound-proxy URI] [--sip-caller-id +E164] [--sip-caller-id-header from|p-asserted-identity]\n' +
  '  [--sip-number-format e164|national|prefix] [--sip-dial-prefix DIGITS] [--sip-ice-servers URL,URL]\n' +
  '  [--sip-password-file F]]  Any --sip-ws-url makes SIP the line. The password: from a file or\n' +
  '  DIALDECK_SIP_PASSWORD (--sip-password P works, but shows it in `ps`).';

export type SipFlagValues = {
  [K in keyof typeof SIP_FLAG_OPTIONS]?: (typeof SIP_FLAG_OPTIONS)[K]['type'] extends 'boolean'
    ? boolean | undefined
    : string | undefined;
};

export interface SipFlags {
  settings: SettingsPatch;
  secrets: Partial<Record<SecretName, string>>;
  warnings: string[];
}

type TextSetting =
  | 'sipWebSocketUrl'
  | 'sipUri'
  | 'sipAuthUser'
  | 'sipRealm'
  | 'sipOutboundProxy'
  | 'sipCallerId'
  | 'sipDialPrefix';

const TEXT_FLAGS: ReadonlyArray<[keyof SipFlagValues, TextSetting]> = [
  ['sip-ws-url', 'sipWebSocketUrl'],
  ['sip-uri', 'sipUri'],
  ['sip-auth-user', 'sipAuthUser'],
  ['sip-realm', 'sipRealm'],
  ['sip-outbound-proxy', 'sipOutboundProxy'],
  ['sip-caller-id', 'sipCallerId'],
  ['sip-dial-prefix', 'sipDialPrefix'],
];

/**
 * Points browser mode at a SIP server (the rig, a PBX): each flag is checked by the same rule as
 * the settings screen, and a WebSocket URL makes SIP the line.
 */
export function parseSipFlags(values: SipFlagValues, env: NodeJS.ProcessEnv = {}): SipFlags {
  const settings: SettingsPatch = {};
  const check = <K extends keyof typeof sipSettingsShape>(key: K, flag: string, value: unknown) => {
    const parsed = sipSettingsShape[key].safeParse(value);
    if (!parsed.success) {
      throw new Error(
        `--${flag}: ${parsed.error.issues[0]?.message ?? 'not valid'}, got "${String(value)}".`,
      );
    }
    return parsed.data as SettingsPatch[K];
  };
  for (const [flag, key] of TEXT_FLAGS) {
    const value = values[flag];
    if (typeof value === 'string') Object.assign(settings, { [key]: check(key, flag, value) });
  }
  if (values['sip-no-register']) settings.sipRegister = false;
  const header = values['sip-caller-id-header'];
  if (header !== undefined) {
    settings.sipCallerIdHeader = check('sipCallerIdHeader', 'sip-caller-id-header', header);
  }
  const format = values['sip-number-format'];
  if (format !== undefined) {
    settings.sipNumberFormat = check('sipNumberFormat', 'sip-number-format', format);
  }
  const ice = values['sip-ice-servers'];
  if (ice !== undefined) {
    const list = ice
      .split(',')
      .map((url) => url.trim())
      .filter((url) => url !== '');
    settings.sipIceServers = check('sipIceServers', 'sip-ice-servers', list);
  }
  if (settings.sipWebSocketUrl) settings.telephonyProvider = 'sip';
  const secrets: Partial<Record<SecretName, string>> = {};
  const warnings: string[] = [];
  const password = chooseSecret(
    SIP_PASSWORD_SECRET,
    { value: values['sip-password'], file: values['sip-password-file'] },
    env,
  );
  if (password.source) {
    secrets.sipPassword =
      password.source.kind === 'file'
        ? readSecretFile(password.source.file, 'SIP password')
        : password.source.value;
  }
  if (password.warning) warnings.push(password.warning);
  return { settings, secrets, warnings };
}
