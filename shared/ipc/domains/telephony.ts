import type {
  ConnectionReport,
  TelephonyCommand,
  TelephonyHostAttachment,
  TwilioCallReport,
  TwilioTokenGrant,
} from '../../domain/twilio';

/**
 * The Twilio line: the Voice SDK's Device needs WebRTC, so it lives in a window (the "Device
 * host"); the main process owns the call and drives the host with `telephony.command` events,
 * and the host reports back what each call did.
 */
export interface TelephonyMethods {
  /** A window offers to carry the calls; the newest window takes over. */
  'telephony.attachHost': (hostId: string) => TelephonyHostAttachment;
  /** Renews the host's lease; answers whether it still carries the calls. */
  'telephony.hostAlive': (hostId: string) => TelephonyHostAttachment;
  /** The window is going away: calls in progress end, new dials fail until another attaches. */
  'telephony.detachHost': (hostId: string) => null;
  /** What a call did, in the Voice SDK's own terms; the core turns it into the session's events. */
  'telephony.report': (hostId: string, attemptId: string, report: TwilioCallReport) => null;
  /** An access token for the Device, minted or fetched by the main process. */
  'telephony.token': () => TwilioTokenGrant;
  /** What the main process can check of the Twilio set-up (format, credentials, app, caller ID). */
  'telephony.testConnection': () => ConnectionReport;
}

export interface TelephonyEvents {
  'telephony.command': TelephonyCommand;
}
