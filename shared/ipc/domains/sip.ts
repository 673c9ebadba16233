import type { SipAccount, SipCallReport, SipCommand } from '../../domain/sip';
import type { ConnectionReport, TelephonyHostAttachment } from '../../domain/twilio';

/**
 * The SIP line: JsSIP needs WebRTC, so the SIP phone lives in a window (the host); the main
 * process owns each call and drives the host with `sip.command` events, and the host reports back
 * what each call did. The same host lease as the Twilio line.
 */
export interface SipMethods {
  /** A window offers to carry the SIP calls; the newest window takes over. */
  'sip.attachHost': (hostId: string) => TelephonyHostAttachment;
  /** Renews the host's lease; answers whether it still carries the calls. */
  'sip.hostAlive': (hostId: string) => TelephonyHostAttachment;
  /** The window is going away: calls in progress end, new dials fail until another attaches. */
  'sip.detachHost': (hostId: string) => null;
  /** What a call did, in JsSIP's terms; the core turns it into the session's events. */
  'sip.report': (hostId: string, attemptId: string, report: SipCallReport) => null;
  /** How the window's SIP phone signs in: a digest (HA1), never the password. */
  'sip.account': () => SipAccount;
  /** What the main process can check: the settings, and that the WebSocket server answers. */
  'sip.testConnection': () => ConnectionReport;
}

export interface SipEvents {
  'sip.command': SipCommand;
}
