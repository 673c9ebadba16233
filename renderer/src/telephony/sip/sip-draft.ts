import type { PublicSettings, SettingsPatch } from '../../../../shared/domain/settings';
import {
  DIAL_PREFIX,
  ICE_SERVER_URL,
  SIP_AUTH_USER,
  SIP_PROXY_URI,
  SIP_REALM,
  SIP_URI,
  SIP_WEBSOCKET_URL,
  type SipCallerIdHeader,
  type SipNumberFormat,
} from '../../../../shared/domain/sip';
import { E164_NUMBER } from '../../../../shared/domain/twilio';
import { compactNumber } from '../twilio-draft';

/** The SIP set-up as typed; empty text means "not set". */
export interface SipDraft {
  webSocketUrl: string;
  uri: string;
  authUser: string;
  realm: string;
  connection: 'register' | 'proxy-only';
  outboundProxy: string;
  callerId: string;
  callerIdHeader: SipCallerIdHeader;
  numberFormat: SipNumberFormat;
  dialPrefix: string;
  /** Comma-separated. */
  iceServers: string;
  turnUsername: string;
}

export function sipDraftFrom(settings: PublicSettings): SipDraft {
  return {
    webSocketUrl: settings.sipWebSocketUrl ?? '',
    uri: settings.sipUri ?? '',
    authUser: settings.sipAuthUser ?? '',
    realm: settings.sipRealm ?? '',
    connection: settings.sipRegister ? 'register' : 'proxy-only',
    outboundProxy: settings.sipOutboundProxy ?? '',
    callerId: settings.sipCallerId ?? '',
    callerIdHeader: settings.sipCallerIdHeader,
    numberFormat: settings.sipNumberFormat,
    dialPrefix: settings.sipDialPrefix ?? '',
    iceServers: settings.sipIceServers.join(', '),
    turnUsername: settings.sipTurnUsername ?? '',
  };
}

export type SipDraftCheck =
  { ok: true; patch: SettingsPatch } | { ok: false; errors: ReadonlyMap<keyof SipDraft, string> };

/** Only what changed, checked as the core will check it, each problem on its field in words. */
export function sipPatch(draft: SipDraft, settings: PublicSettings): SipDraftCheck {
  const errors = new Map<keyof SipDraft, string>();
  const optional = (key: keyof SipDraft, text: string, rule: (value: string) => string | null) => {
    const value = text.trim();
    if (value === '') return null;
    const problem = rule(value);
    if (problem) errors.set(key, problem);
    return value;
  };
  const matches = (pattern: RegExp, problem: string) => (value: string) =>
    pattern.test(value) ? null : problem;
  const ice = draft.iceServers
    .split(/[\n,]/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const badIce = ice.find((url) => !ICE_SERVER_URL.test(url));
  if (badIce)
    errors.set(
      'iceServers',
      `"${badIce}" is not a STUN or TURN address: start it with stun:, turn: or turns:.`,
    );
  else if (ice.length > 8) errors.set('iceServers', 'At most 8 ICE servers.');
  const next: SettingsPatch = {
    sipWebSocketUrl: optional('webSocketUrl', draft.webSocketUrl, webSocketUrlProblem),
    sipUri: optional(
      'uri',
      draft.uri,
      matches(SIP_URI, 'A SIP URI like sip:alice@pbx.example.com (user @ domain).'),
    ),
    sipAuthUser: optional(
      'authUser',
      draft.authUser,
      matches(SIP_AUTH_USER, 'No spaces, quotes, @ or : in a user name.'),
    ),
    sipRealm: optional('realm', draft.realm, matches(SIP_REALM, 'No spaces or quotes in a realm.')),
    sipRegister: draft.connection === 'register',
    sipOutboundProxy: optional(
      'outboundProxy',
      draft.outboundProxy,
      matches(SIP_PROXY_URI, 'A SIP URI like sip:proxy.example.com;lr.'),
    ),
    sipCallerId: optional('callerId', compactNumber(draft.callerId), callerIdProblem),
    sipCallerIdHeader: draft.callerIdHeader,
    sipNumberFormat: draft.numberFormat,
    sipDialPrefix: optional('dialPrefix', draft.dialPrefix, dialPrefixProblem),
    sipIceServers: ice,
    sipTurnUsername: draft.turnUsername.trim() === '' ? null : draft.turnUsername.trim(),
  };
  if (draft.numberFormat === 'prefix' && next.sipDialPrefix === null) {
    errors.set('dialPrefix', 'Enter the digits dialed before each number, like 9 or 00.');
  }
  if (errors.size > 0) return { ok: false, errors };
  const patch: SettingsPatch = {};
  for (const key of Object.keys(next) as Array<keyof typeof next>) {
    if (JSON.stringify(next[key]) !== JSON.stringify(settings[key])) {
      Object.assign(patch, { [key]: next[key] });
    }
  }
  return { ok: true, patch };
}

export function webSocketUrlProblem(value: string): string | null {
  if (SIP_WEBSOCKET_URL.test(value)) return null;
  if (/^ws:\/\//i.test(value)) {
    return 'Plain ws:// is refused except to this computer (localhost): calls and the password digest would cross the network unencrypted. Use wss://.';
  }
  if (/^https?:\/\//i.test(value)) {
    return 'That is a web address, not a WebSocket: the SIP server’s address starts with wss://.';
  }
  return 'The SIP server’s WebSocket address, like wss://pbx.example.com:8089/ws.';
}

function callerIdProblem(value: string): string | null {
  if (/[A-Za-z]/.test(value))
    return 'A phone number has no letters: type its digits, like +14155550100.';
  return E164_NUMBER.test(value) ? null : 'In international form with +, like +14155550100.';
}

function dialPrefixProblem(value: string): string | null {
  if (/[A-Za-z]/.test(value)) return 'A dial prefix has no letters: only digits, * and #, like 9.';
  return DIAL_PREFIX.test(value) ? null : 'Only digits, * and #, at most 12, like 9 or 00.';
}
