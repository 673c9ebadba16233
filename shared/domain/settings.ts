import type { LocalPresenceSettings } from './local-presence';
import type { Role } from './rep';
import type { DialMode } from './session';
import type { SipCallerIdHeader, SipNumberFormat } from './sip';
import type { TwilioEdge, TwilioTokenMode } from './twilio';

export const SECRET_NAMES = [
  'twilioApiKeySecret',
  'twilioAuthToken',
  'hubToken',
  /** The bearer key Dialdeck shows the team's Twilio token URL, when it asks for one. */
  'twilioTokenUrlKey',
  /** This rep's own key for the team hub (`npm run hub -- --rep-key ID`), instead of hubToken. */
  'hubRepKey',
  /**
   * A supervisor's hosted hub on a PostgreSQL server (postgres://…) instead of its embedded
   * database: a secret, since the URL usually holds the role's password.
   */
  'hubDatabaseUrl',
  /** The SIP account's password: digests are made from it in the core, it never reaches a window. */
  'sipPassword',
  /** The TURN server's password, handed to the window's WebRTC only while SIP is the line. */
  'sipTurnPassword',
] as const;
export type SecretName = (typeof SECRET_NAMES)[number];

/** Settings the renderer may see and change. Secrets never appear here, only whether one is set. */
export interface PublicSettings {
  repId: string;
  repName: string;
  role: Role;
  /**
   * The rep has finished the first-run setup (name, time zone, country, dial mode). A new data
   * folder starts without it; settings saved before the setup existed count as finished.
   */
  setupComplete: boolean;
  repTimeZone: string;
  telephonyProvider: TelephonyProviderName;
  /** power: the next lead is dialed as soon as an outcome is saved · preview: the rep dials it. */
  dialMode: DialMode;
  /** The wrap-up countdown after a call, 1–600 s. */
  wrapUpSeconds: number;
  /**
   * A contact or conversion outcome on a call no person answered (nobody, or a machine): false
   * (the default) refuses it with the reason; true keeps it on the attempt, marked "not on the
   * line", and leaves it out of the KPIs and the floor.
   */
  keepOutcomesNotOnTheLine: boolean;
  /** How the Twilio Device gets access tokens: the team's token URL, or minted here (API key). */
  twilioTokenMode: TwilioTokenMode;
  /** https (http only on this machine); Dialdeck POSTs {identity} and expects {token}. */
  twilioTokenUrl: string | null;
  twilioAccountSid: string | null;
  twilioApiKeySid: string | null;
  /** The TwiML App whose Voice URL places the call (its SID starts with AP). */
  twilioAppSid: string | null;
  /** E.164; must be a Twilio number of the account or a verified caller ID. */
  twilioCallerId: string | null;
  twilioEdge: TwilioEdge;
  /** The SIP server's WebSocket: wss://, or ws:// to this machine. */
  sipWebSocketUrl: string | null;
  /** The SIP account, like sip:alice@pbx.example.com; its host is the domain dialed numbers go to. */
  sipUri: string | null;
  /** The digest user name when it differs from the SIP URI's user. */
  sipAuthUser: string | null;
  /** The digest realm; null: the SIP URI's domain. */
  sipRealm: string | null;
  /** Send REGISTER before calling; false: call through the outbound proxy without registering. */
  sipRegister: boolean;
  /** INVITEs are routed through it (a Route header), like sip:proxy.example.com;lr. */
  sipOutboundProxy: string | null;
  /** E.164; the number presented when a dial names none. */
  sipCallerId: string | null;
  sipCallerIdHeader: SipCallerIdHeader;
  sipNumberFormat: SipNumberFormat;
  /** Digits dialed before the number when the format is 'prefix'. */
  sipDialPrefix: string | null;
  /** STUN/TURN servers (stun:, turn:, turns:); empty: host candidates only (a LAN PBX). */
  sipIceServers: string[];
  /** The TURN servers' user name; the password is the sipTurnPassword secret. */
  sipTurnUsername: string | null;
  /** Audio devices for calls, as the renderer's enumerateDevices() names them; null: default. */
  audioInputDeviceId: string | null;
  audioOutputDeviceId: string | null;
  /**
   * The rep's working hours on their own clock ("09:00", "17:00"; the end after the start): Pace
   * projects today's dials over them.
   */
  shiftStart: string;
  shiftEnd: string;
  /** ISO 3166-1 alpha-2: phone numbers at home are shown in national format; the import default. */
  repCountry: string;
  /** How many minutes before a callback is due its reminder (`callbacks.due`) goes out, 0–60. */
  callbackReminderMinutes: number;
  /**
   * The team hub. A rep publishes to it (with the `hubRepKey` secret, else the `hubToken` team
   * token); a supervisor follows it, or hosts the hub in this app while it is null.
   */
  hubUrl: string | null;
  /** Supervisor hosting the hub: its port (0 picks a free one). */
  hubPort: number;
  /** Supervisor hosting the hub: listen on every interface instead of this machine only. */
  hubExposeOnLan: boolean;
  /** Supervisor hosting the hub: PEM certificate and key files; then it serves HTTPS/WSS only. */
  hubTlsCertFile: string | null;
  hubTlsKeyFile: string | null;
  /** A hub with a self-signed certificate: that certificate (PEM), trusted for the hub only. */
  hubTlsCaFile: string | null;
  /** The team's caller ID pool: which number each dial presents (local presence). */
  localPresence: LocalPresenceSettings;
  secretsSet: Record<SecretName, boolean>;
}

export const TELEPHONY_PROVIDERS = ['simulated', 'twilio', 'sip'] as const;
export type TelephonyProviderName = (typeof TELEPHONY_PROVIDERS)[number];

export type SettingsPatch = Partial<Omit<PublicSettings, 'secretsSet'>>;
