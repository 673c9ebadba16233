import type { PublicSettings, SettingsPatch } from '../../../shared/domain/settings';
import {
  ACCOUNT_SID,
  API_KEY_SID,
  E164_NUMBER,
  TOKEN_URL,
  TWIML_APP_SID,
  type TwilioEdge,
  type TwilioTokenMode,
} from '../../../shared/domain/twilio';

/** The Twilio set-up as typed; empty text means "not set". */
export interface TwilioDraft {
  tokenMode: TwilioTokenMode;
  tokenUrl: string;
  accountSid: string;
  apiKeySid: string;
  appSid: string;
  callerId: string;
  edge: TwilioEdge;
}

export function twilioDraftFrom(settings: PublicSettings): TwilioDraft {
  return {
    tokenMode: settings.twilioTokenMode,
    tokenUrl: settings.twilioTokenUrl ?? '',
    accountSid: settings.twilioAccountSid ?? '',
    apiKeySid: settings.twilioApiKeySid ?? '',
    appSid: settings.twilioAppSid ?? '',
    callerId: settings.twilioCallerId ?? '',
    edge: settings.twilioEdge,
  };
}

export type TwilioDraftCheck =
  | { ok: true; patch: SettingsPatch }
  | { ok: false; errors: ReadonlyMap<keyof TwilioDraft, string> };

/** "+1 (415) 555-0100" → "+14155550100": people paste numbers the way they are printed. */
export function compactNumber(text: string): string {
  return text.replace(/[\s().-]/g, '');
}

/** Only what changed, checked as the core will check it, each problem on its field. */
export function twilioPatch(draft: TwilioDraft, settings: PublicSettings): TwilioDraftCheck {
  const errors = new Map<keyof TwilioDraft, string>();
  const optional = (key: keyof TwilioDraft, text: string, pattern: RegExp, problem: string) => {
    const value = text.trim();
    if (value !== '' && !pattern.test(value)) errors.set(key, problem);
    return value === '' ? null : value;
  };
  const next: SettingsPatch = {
    twilioTokenMode: draft.tokenMode,
    twilioTokenUrl: optional(
      'tokenUrl',
      draft.tokenUrl,
      TOKEN_URL,
      'An https:// address (http:// only for a server on this computer).',
    ),
    twilioAccountSid: optional(
      'accountSid',
      draft.accountSid,
      ACCOUNT_SID,
      'AC followed by 32 letters and digits, as the Twilio Console shows it.',
    ),
    twilioApiKeySid: optional(
      'apiKeySid',
      draft.apiKeySid,
      API_KEY_SID,
      'SK followed by 32 letters and digits: the SID of an API key, not the Account SID.',
    ),
    twilioAppSid: optional(
      'appSid',
      draft.appSid,
      TWIML_APP_SID,
      'AP followed by 32 letters and digits: the SID of a TwiML App.',
    ),
    twilioCallerId: optional(
      'callerId',
      compactNumber(draft.callerId),
      E164_NUMBER,
      'In international form with +, like +14155550100.',
    ),
    twilioEdge: draft.edge,
  };
  if (errors.size > 0) return { ok: false, errors };
  const patch: SettingsPatch = {};
  for (const key of Object.keys(next) as Array<keyof typeof next>) {
    if (next[key] !== settings[key]) Object.assign(patch, { [key]: next[key] });
  }
  return { ok: true, patch };
}

export const EDGE_LABELS: Record<TwilioEdge, string> = {
  roaming: 'Nearest (roaming)',
  ashburn: 'Ashburn (US East)',
  umatilla: 'Umatilla (US West)',
  dublin: 'Dublin (Ireland)',
  frankfurt: 'Frankfurt (Germany)',
  'sao-paulo': 'São Paulo (Brazil)',
  singapore: 'Singapore',
  sydney: 'Sydney (Australia)',
  tokyo: 'Tokyo (Japan)',
};
