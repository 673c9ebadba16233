/**
 * What the main process and the Twilio Device host in the renderer say to each other, and the
 * Twilio facts both sides need (SID formats, edges, identity rules, error codes).
 */

/** Twilio's edge locations for the Voice SDK; roaming picks the nearest by latency. */
export const TWILIO_EDGES = [
  'roaming',
  'ashburn',
  'umatilla',
  'dublin',
  'frankfurt',
  'sao-paulo',
  'singapore',
  'sydney',
  'tokyo',
] as const;
export type TwilioEdge = (typeof TWILIO_EDGES)[number];

/** token URL: the team's server hands out tokens · mint: this app signs them with an API key. */
export const TWILIO_TOKEN_MODES = ['url', 'mint'] as const;
export type TwilioTokenMode = (typeof TWILIO_TOKEN_MODES)[number];

export const ACCOUNT_SID = /^AC[0-9a-fA-F]{32}$/;
export const API_KEY_SID = /^SK[0-9a-fA-F]{32}$/;
export const TWIML_APP_SID = /^AP[0-9a-fA-F]{32}$/;
export const E164_NUMBER = /^\+[1-9]\d{1,14}$/;
/** The team's token URL: https anywhere, plain http only on this machine (a development server). */
export const TOKEN_URL =
  /^(https:\/\/[^\s/?#@]+|http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d{1,5})?)([/?#]\S*)?$/;

/** Twilio Voice identities: letters, digits and underscore only, at most 121 characters. */
export const VOICE_IDENTITY = /^[A-Za-z0-9_]{1,121}$/;
export const VOICE_IDENTITY_MAX = 121;

/** An access token as the Device host receives it. */
export interface TwilioTokenGrant {
  token: string;
  identity: string;
  /** Epoch ms. */
  expiresAt: number;
}

/** What the core tells a Device host that asks to carry the calls. */
export interface TelephonyHostAttachment {
  attached: boolean;
  /** Renew (telephony.hostAlive) well within this, or the core stops sending calls here. */
  leaseMs: number;
  /** Browser mode's --twilio-fake-device: the scripted stand-in for the Voice SDK (tests only). */
  fakeDevice: boolean;
  /** Why not, when attached is false. */
  message: string | null;
}

/** The main process drives the renderer's Device with these (event `telephony.command`). */
export type TelephonyCommand =
  | {
      kind: 'connect';
      hostId: string;
      attemptId: string;
      to: string;
      callerId: string | null;
    }
  | { kind: 'disconnect'; hostId: string; attemptId: string }
  | { kind: 'mute'; hostId: string; attemptId: string; muted: boolean }
  | { kind: 'digits'; hostId: string; attemptId: string; digits: string };

/**
 * What the renderer's Device host saw a call do, named after the Voice SDK's Call events.
 * `connecting`: the host got the connect command and called device.connect().
 * `host-error`: the host could not even try (no token, the SDK would not load, no WebRTC).
 */
export type TwilioCallReport =
  | { type: 'connecting' }
  | { type: 'ringing'; callSid: string }
  | { type: 'accept'; callSid: string }
  | { type: 'disconnect' }
  | { type: 'cancel' }
  | { type: 'reject' }
  | { type: 'error'; code: number; message: string }
  | { type: 'reconnecting'; code: number; message: string }
  | { type: 'reconnected' }
  | { type: 'warning'; name: string }
  | { type: 'warning-cleared'; name: string }
  | { type: 'host-error'; reason: HostErrorReason; message: string };

export const HOST_ERROR_REASONS = ['no-token', 'sdk-unavailable', 'unsupported'] as const;
export type HostErrorReason = (typeof HOST_ERROR_REASONS)[number];

/** Errors that mean the access token is wrong or stale: the host fetches a new one. */
export const TOKEN_ERROR_CODES: readonly number[] = [
  20101, 20102, 20103, 20104, 20105, 20106, 20107, 20151, 20157, 31201, 31202, 31204, 31205, 31207,
];

/** One finding of "Test connection", in words a rep can act on. */
export interface ConnectionCheck {
  id: ConnectionCheckId;
  status: 'ok' | 'problem' | 'skipped';
  message: string;
}

export type ConnectionCheckId =
  | 'provider'
  | 'settings'
  | 'credentials'
  | 'token'
  | 'twiml-app'
  | 'caller-id'
  | 'caller-id-pool'
  | 'window'
  | 'microphone'
  | 'voice-sdk'
  /** SIP: the server's WebSocket answers (checked by the core). */
  | 'server'
  /** SIP: the window's phone signs in (REGISTER), or reaches the proxy without registering. */
  | 'registration';

export interface ConnectionReport {
  ok: boolean;
  checks: ConnectionCheck[];
}
