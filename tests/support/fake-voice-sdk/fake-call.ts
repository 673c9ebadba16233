import type { VoiceCall, VoiceError } from '../../../renderer/src/telephony/voice-device';
import { TinyEmitter } from './tiny-emitter';

export interface FakeTimers {
  setTimer(callback: () => void, delayMs: number): { cancel(): void };
}

/** How the next call goes, in the order the Voice SDK emits its events for each case. */
export type FakeCallScript =
  /** ringing (CallSid) → accept; the prospect hangs up after talkMs, unless someone did first. */
  | { kind: 'answer'; ringAfterMs: number; answerAfterMs: number; talkMs?: number }
  /** ringing → disconnect with no error (answerOnBridge: the callee never picked up). */
  | { kind: 'no-answer'; ringAfterMs: number; giveUpAfterMs: number }
  /** error (a SIP-mapped code such as 31486 busy, 31480 unavailable) → disconnect. */
  | { kind: 'sip-error'; afterMs: number; ring: boolean; error: VoiceError }
  /** getUserMedia refused: the SDK closes the call, then raises 31401. */
  | { kind: 'mic-denied' }
  /** connect() resolves but Twilio never says anything. */
  | { kind: 'silent' };

export const FAKE_ERRORS = {
  busy: { code: 31486, message: 'BusyHere: The callee is busy.' },
  unavailable: {
    code: 31480,
    message: 'TemporarilyUnavailable: The callee is currently unavailable.',
  },
  declined: {
    code: 31603,
    message: 'Decline: The callee does not wish to participate in the call.',
  },
  micDenied: {
    code: 31401,
    message: 'PermissionDeniedError: The browser or end-user denied permissions to user media.',
  },
  tokenExpired: { code: 20104, message: 'AccessTokenExpired: Access token expired.' },
  tokenInvalid: { code: 20101, message: 'AccessTokenInvalid: Invalid access token.' },
  connectionLost: {
    code: 53001,
    message: 'ConnectionDisconnected: Signaling connection disconnected.',
  },
} as const satisfies Record<string, VoiceError>;

type Status = 'connecting' | 'ringing' | 'open' | 'reconnecting' | 'closed';

/**
 * A scripted Twilio Call. Like the SDK: CallSid arrives with ringing; disconnect() and every end
 * emit 'disconnect' synchronously; a gateway error comes before its 'disconnect', while a refused
 * microphone closes the call first and raises 31401 right after.
 */
export class FakeCall extends TinyEmitter implements VoiceCall {
  readonly parameters: Record<string, string> = {};
  readonly sentDigits: string[] = [];
  muted = false;
  private state: Status = 'connecting';
  private readonly pending: Array<{ cancel(): void }> = [];

  constructor(
    readonly params: Record<string, string>,
    private readonly callSid: string,
    private readonly timers: FakeTimers,
    private readonly onClosed: (call: FakeCall) => void,
  ) {
    super();
  }

  status(): Status {
    return this.state;
  }

  play(script: FakeCallScript): void {
    switch (script.kind) {
      case 'answer':
        this.after(script.ringAfterMs, () => this.ring());
        this.after(script.ringAfterMs + script.answerAfterMs, () => this.accept());
        if (script.talkMs !== undefined) {
          this.after(script.ringAfterMs + script.answerAfterMs + script.talkMs, () => this.close());
        }
        return;
      case 'no-answer':
        this.after(script.ringAfterMs, () => this.ring());
        this.after(script.ringAfterMs + script.giveUpAfterMs, () => this.close());
        return;
      case 'sip-error':
        if (script.ring) this.after(0, () => this.ring());
        this.after(script.afterMs, () => {
          this.emit('error', script.error);
          this.close();
        });
        return;
      case 'mic-denied':
        this.after(0, () => {
          this.close();
          this.emit('error', FAKE_ERRORS.micDenied);
        });
        return;
      case 'silent':
        return;
    }
  }

  mute(shouldMute: boolean): void {
    this.muted = shouldMute;
  }

  sendDigits(digits: string): void {
    this.sentDigits.push(digits);
  }

  disconnect(): void {
    this.close();
  }

  /** The prospect hangs up. */
  hangUpRemotely(): void {
    this.close();
  }

  /** The network drops mid-call: 'reconnecting' with 53001, then back or gone. */
  loseNetwork(): void {
    if (this.state !== 'open') return;
    this.state = 'reconnecting';
    this.emit('warning', 'ice-connectivity-lost');
    this.emit('reconnecting', FAKE_ERRORS.connectionLost);
  }

  regainNetwork(): void {
    if (this.state !== 'reconnecting') return;
    this.state = 'open';
    this.emit('warning-cleared', 'ice-connectivity-lost');
    this.emit('reconnected');
  }

  /** The SDK raises an error on the call, then closes it (a media failure, a gateway hang-up). */
  failWith(error: VoiceError): void {
    if (this.state === 'closed') return;
    this.emit('error', error);
    this.close();
  }

  warn(name: string, cleared = false): void {
    this.emit(cleared ? 'warning-cleared' : 'warning', name);
  }

  private ring(): void {
    if (this.state !== 'connecting') return;
    this.parameters.CallSid = this.callSid;
    this.state = 'ringing';
    this.emit('ringing', false);
  }

  private accept(): void {
    if (this.state !== 'ringing' && this.state !== 'connecting') return;
    this.parameters.CallSid = this.callSid;
    this.state = 'open';
    this.emit('accept', this);
  }

  private close(): void {
    if (this.state === 'closed') return;
    this.state = 'closed';
    this.pending.forEach((timer) => timer.cancel());
    this.onClosed(this);
    this.emit('disconnect', this);
  }

  private after(ms: number, action: () => void): void {
    this.pending.push(this.timers.setTimer(action, ms));
  }
}
