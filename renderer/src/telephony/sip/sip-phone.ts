import type { SipAccount, SipCallReport, SipDialPlan } from '../../../../shared/domain/sip';

/**
 * The parts of a SIP stack the window's phone uses, so JsSIP and the scripted stand-in of the
 * unit tests are interchangeable. The adapter (load-jssip.ts) turns JsSIP's events into these.
 */

/** What a call's session did, as reported to the core (all but the host's own reports). */
export type SipSessionReport = Exclude<SipCallReport, { type: 'connecting' | 'host-error' }>;

export interface SipPhoneCall {
  hangUp(): void;
  setMuted(muted: boolean): void;
  /** RFC 4733 telephone-events when the call negotiated them, else SIP INFO. */
  sendDigits(digits: string): void;
}

export interface SipRegistrationFailure {
  status: number | null;
  reasonPhrase: string;
  cause: string;
  /** The realm the server's challenge named, when it sent one. */
  challengeRealm: string | null;
}

export interface SipAgentListener {
  connected(): void;
  disconnected(): void;
  registered(): void;
  registrationFailed(failure: SipRegistrationFailure): void;
}

export interface SipCallMedia {
  inputDeviceId: string | null;
  outputDeviceId: string | null;
}

export interface SipUserAgent {
  start(): void;
  stop(): void;
  call(
    plan: SipDialPlan,
    media: SipCallMedia,
    onReport: (report: SipSessionReport) => void,
  ): SipPhoneCall;
}

export interface SipStack {
  /** WebRTC is there (RTCPeerConnection, getUserMedia). */
  readonly isSupported: boolean;
  createUserAgent(account: SipAccount, listener: SipAgentListener): SipUserAgent;
}

/** What the window's SIP phone is doing, in words for the settings screen. */
export type SipHostStatus =
  | { state: 'starting' }
  | { state: 'ready'; message: string }
  /** Another window carries the calls. */
  | { state: 'standby'; message: string }
  | { state: 'problem'; message: string };
