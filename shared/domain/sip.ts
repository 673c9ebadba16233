/**
 * What the main process and the SIP phone in the renderer (JsSIP over a WebSocket) say to each
 * other, and the SIP facts both sides need (address forms, number formats).
 */

/** How a lead's E.164 number is written in the INVITE's Request-URI. */
export const SIP_NUMBER_FORMATS = ['e164', 'national', 'prefix'] as const;
export type SipNumberFormat = (typeof SIP_NUMBER_FORMATS)[number];

/** Where the caller ID goes: the From user, or a P-Asserted-Identity header (trunks that trust it). */
export const SIP_CALLER_ID_HEADERS = ['from', 'p-asserted-identity'] as const;
export type SipCallerIdHeader = (typeof SIP_CALLER_ID_HEADERS)[number];

/** The server's WebSocket: wss:// anywhere, plain ws:// only on this machine (a rig, a test). */
export const SIP_WEBSOCKET_URL =
  /^(wss:\/\/[A-Za-z0-9.-]+|ws:\/\/(localhost|127\.0\.0\.1|\[::1\]))(:\d{1,5})?([/?#]\S*)?$/;
/**
 * The scheme, host and port of a SIP WebSocket URL, as a CSP connect-src names it
 * (wss://pbx.example.com:8089); null for a URL the settings would refuse.
 */
export function sipWebSocketOrigin(url: string | null): string | null {
  if (url === null || !SIP_WEBSOCKET_URL.test(url)) return null;
  return /^wss?:\/\/[^/?#]+/.exec(url)?.[0] ?? null;
}

/** The account's address of record, like sip:alice@pbx.example.com. */
export const SIP_URI = /^sips?:[^\s@:;<>"]+@[A-Za-z0-9.-]+(:\d{1,5})?$/;
/** An outbound proxy the INVITE is routed through, like sip:proxy.example.com:5060;transport=ws. */
export const SIP_PROXY_URI = /^sips?:[^\s<>"]+$/;
/** STUN and TURN servers as WebRTC names them. */
export const ICE_SERVER_URL = /^(stun|turn|turns):[^\s]+$/;
/** Digits a PBX takes before the number (an outside line, an international access code). */
export const DIAL_PREFIX = /^[0-9*#]{1,12}$/;
export const SIP_AUTH_USER = /^[^\s"<>@:]{1,128}$/;
export const SIP_REALM = /^[^\s"]{1,255}$/;

/** What the SIP phone in a window needs to sign in; the password never leaves the core. */
export interface SipAccount {
  webSocketUrl: string;
  uri: string;
  authorizationUser: string;
  /** The digest realm the HA1 was made for; the server's challenge must name it. */
  realm: string | null;
  /** MD5(user:realm:password), or null when the account has no password. */
  ha1: string | null;
  register: boolean;
  iceServers: SipIceServer[];
}

export interface SipIceServer {
  urls: string;
  username?: string;
  credential?: string;
}

/** How the window places one call, worked out by the core from the dial and the settings. */
export interface SipDialPlan {
  /** The Request-URI, e.g. sip:14155550123@pbx.example.com. */
  target: string;
  /** The From user, when the caller ID is presented there. */
  fromUser: string | null;
  /** Whole header lines: P-Asserted-Identity, Route for an outbound proxy. */
  extraHeaders: string[];
}

/** The main process drives the window's SIP phone with these (event `sip.command`). */
export type SipCommand =
  | { kind: 'connect'; hostId: string; attemptId: string; plan: SipDialPlan }
  | { kind: 'disconnect'; hostId: string; attemptId: string }
  | { kind: 'mute'; hostId: string; attemptId: string; muted: boolean }
  | { kind: 'digits'; hostId: string; attemptId: string; digits: string };

export const SIP_ORIGINATORS = ['local', 'remote', 'system'] as const;
export type SipOriginator = (typeof SIP_ORIGINATORS)[number];

/**
 * What the window's SIP phone saw a call do, named after JsSIP's RTCSession events.
 * `connecting`: the window took the connect command. `progress`: a 1xx above 100 (180, 183).
 * `accepted`: 200 OK. `failed`: the INVITE got a final error, or never got an answer.
 * `ended`: an established call ended. `host-error`: the window could not even try.
 */
export type SipCallReport =
  | { type: 'connecting' }
  | { type: 'progress'; status: number; earlyMedia: boolean }
  | { type: 'accepted' }
  | {
      type: 'failed';
      originator: SipOriginator;
      /** The final response's status code, when the failure is one. */
      status: number | null;
      reasonPhrase: string;
      /** JsSIP's cause, e.g. "Busy", "Connection Error", "User Denied Media Access". */
      cause: string;
    }
  | { type: 'ended'; originator: SipOriginator; cause: string }
  | { type: 'host-error'; reason: SipHostErrorReason; message: string };

export const SIP_HOST_ERROR_REASONS = ['no-account', 'not-connected', 'unsupported'] as const;
export type SipHostErrorReason = (typeof SIP_HOST_ERROR_REASONS)[number];
