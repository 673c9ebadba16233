import type { TimerHandle } from '../../../../shared/clock';
import type { TwilioCallReport } from '../../../../shared/domain/twilio';
import { HostedCall, type CallFailure, type HostedCallDeps } from '../hosted/hosted-call';
import { qualityWarningWords, RECONNECTING_WARNING } from './quality-warnings';
import { outcomeOfTwilioError, type TwilioErrorOutcome } from './twilio-errors';
import type { TwilioTimings } from './twilio-timings';

export interface TwilioCallDeps extends HostedCallDeps {
  timings: TwilioTimings;
  /** Twilio named the call: its CallSid, for the log (the attempt keeps providerCallId). */
  onNamed: (callSid: string) => void;
}

const NOT_PLACED: CallFailure = {
  code: 'twilio-not-placed',
  message:
    "Twilio ended the call before it rang: check that the TwiML App's Voice URL dials the number " +
    '(README › Twilio setup)',
};
const NO_RING: CallFailure = {
  code: 'twilio-no-progress',
  message:
    'Twilio gave no sign of the call ringing: check the internet connection, then dial again',
};
const CONNECTION_LOST: CallFailure = {
  code: 'twilio-connection-lost',
  message: 'The call dropped: the connection to Twilio did not come back',
};

/**
 * One call on the Twilio line. Learns what happened from the window's reports (the Voice SDK's
 * Call events). Its providerCallId is fixed at the dial: the contract wants one id from dial()
 * on, and Twilio names the call (CallSid) only when it rings, if ever. The CallSid goes to the
 * log with the attempt id.
 */
export class TwilioCall extends HostedCall<TwilioCallReport, TwilioCallDeps> {
  private callSid: string | null = null;
  /** An error the SDK raised on a live call; if the call then disconnects, it says why. */
  private errorOnLiveCall: TwilioErrorOutcome | null = null;
  private readonly warnings = new Set<string>();
  private reconnectTimer: TimerHandle | null = null;

  constructor(deps: TwilioCallDeps) {
    super(deps, { prefix: 'twilio', noProgress: NO_RING });
  }

  apply(report: TwilioCallReport): void {
    if (this.phase === 'ended') return;
    switch (report.type) {
      case 'connecting':
        return this.onConnecting();
      case 'ringing':
        this.noteCallSid(report.callSid);
        return this.ring();
      case 'accept':
        this.noteCallSid(report.callSid);
        return this.answer();
      case 'error':
        return this.onError(report.code, report.message);
      case 'disconnect':
      case 'cancel':
      case 'reject':
        return this.onClosed();
      case 'reconnecting':
        return this.onReconnecting();
      case 'reconnected':
        this.reconnectTimer?.cancel();
        this.reconnectTimer = null;
        return this.warn(RECONNECTING_WARNING, false);
      case 'warning':
        return this.warn(qualityWarningWords(report.name), true);
      case 'warning-cleared':
        return this.warn(qualityWarningWords(report.name), false);
      case 'host-error':
        return this.failOnHost(report.reason, report.message);
    }
  }

  protected override onEnding(): void {
    this.reconnectTimer?.cancel();
    this.reconnectTimer = null;
  }

  private onError(code: number, message: string): void {
    const outcome = outcomeOfTwilioError(code, message, this.isLive);
    if (this.isLive) {
      this.errorOnLiveCall = outcome;
      return;
    }
    // Before an answer every error ends the attempt; the window may still hold a half-made call.
    this.deps.disconnectOnHost();
    this.finish(outcome);
  }

  /** The SDK's call closed without us asking: the error before it, or the phase, says why. */
  private onClosed(): void {
    if (this.errorOnLiveCall) return this.finish(this.errorOnLiveCall);
    if (this.isLive) return this.finish({ kind: 'ended', reason: 'hangup-remote' });
    // answerOnBridge: a call that rang and closed unanswered was not picked up.
    if (this.phase === 'ringing') return this.finish({ kind: 'ended', reason: 'no-answer' });
    this.failNow(NOT_PLACED);
  }

  private onReconnecting(): void {
    this.warn(RECONNECTING_WARNING, true);
    if (this.reconnectTimer) return;
    this.reconnectTimer = this.deps.clock.setTimer(() => {
      this.reconnectTimer = null;
      this.deps.disconnectOnHost();
      this.failNow(CONNECTION_LOST);
    }, this.deps.timings.reconnectMs);
  }

  private warn(words: string, active: boolean): void {
    if (active === this.warnings.has(words)) return;
    if (active) this.warnings.add(words);
    else this.warnings.delete(words);
    this.deps.emit({
      type: 'quality-warning',
      attemptId: this.deps.attemptId,
      providerCallId: this.providerCallId,
      at: this.deps.clock.now(),
      warning: words,
      active,
    });
  }

  private noteCallSid(callSid: string): void {
    if (this.callSid !== null) return;
    this.callSid = callSid;
    this.deps.onNamed(callSid);
  }
}
