import type { Clock, TimerHandle } from '../../../../shared/clock';
import type { CallEndReason } from '../../../../shared/domain/call';
import type { TwilioCallReport } from '../../../../shared/domain/twilio';
import type { ProviderEvent } from '../provider';
import { qualityWarningWords, RECONNECTING_WARNING } from './quality-warnings';
import { outcomeOfTwilioError, type TwilioErrorOutcome } from './twilio-errors';
import type { TwilioTimings } from './twilio-timings';

type CallPhase = 'connecting' | 'ringing' | 'connected' | 'ended';
type Failure = { code: string; message: string };
type Ending = TwilioErrorOutcome | { kind: 'ended'; reason: CallEndReason };

export interface TwilioCallDeps {
  attemptId: string;
  hostId: string;
  clock: Clock;
  timings: TwilioTimings;
  emit: (event: ProviderEvent) => void;
  /** Tells the window to drop its side of the call (after the call ended here). */
  disconnectOnHost: () => void;
  onFinished: () => void;
  /** Twilio named the call: its CallSid, for the log (the attempt keeps providerCallId). */
  onNamed: (callSid: string) => void;
}

const NOT_PLACED: Failure = {
  code: 'twilio-not-placed',
  message:
    "Twilio ended the call before it rang: check that the TwiML App's Voice URL dials the number " +
    '(README › Twilio setup)',
};
const NO_ACK: Failure = {
  code: 'twilio-window-silent',
  message: 'The Dialdeck window did not take the call: reload the window, then dial again',
};
const NO_RING: Failure = {
  code: 'twilio-no-progress',
  message:
    'Twilio gave no sign of the call ringing: check the internet connection, then dial again',
};
const CONNECTION_LOST: Failure = {
  code: 'twilio-connection-lost',
  message: 'The call dropped: the connection to Twilio did not come back',
};

/**
 * One call on the Twilio line, from the connect command to its single end. Learns what happened
 * from the window's reports (the Voice SDK's Call events) and turns them into provider events.
 * Everything after the end is ignored, so a late report never ends a call twice.
 */
export class TwilioCall {
  /**
   * Fixed at the dial: the contract wants one id from dial() on, and Twilio names the call
   * (CallSid) only when it rings, if ever. The CallSid goes to the log with the attempt id.
   */
  readonly providerCallId: string;
  /** Resolves once the window has taken the call, or the call ended first. */
  readonly placed: Promise<string>;
  private phase: CallPhase = 'connecting';
  private callSid: string | null = null;
  /** An error the SDK raised on a live call; if the call then disconnects, it says why. */
  private errorOnLiveCall: TwilioErrorOutcome | null = null;
  private readonly warnings = new Set<string>();
  private timer: TimerHandle | null = null;
  private reconnectTimer: TimerHandle | null = null;
  private settlePlaced: ((providerCallId: string) => void) | null = null;

  constructor(private readonly deps: TwilioCallDeps) {
    this.providerCallId = `twilio:${deps.attemptId}`;
    this.placed = new Promise((resolve) => (this.settlePlaced = resolve));
  }

  get hostId(): string {
    return this.deps.hostId;
  }

  get isLive(): boolean {
    return this.phase === 'connected';
  }

  /** The connect command went out: the window must take it within the ack time. */
  start(): void {
    this.arm(this.deps.timings.ackMs, NO_ACK);
  }

  /** Fails at once, e.g. when no window can carry the call. */
  failNow(failure: Failure): void {
    this.finish({ kind: 'failed', ...failure });
  }

  /** Our side ends it: a live call is hung up, one not yet answered is canceled. */
  hangUpLocally(): void {
    if (this.phase === 'ended') return;
    this.deps.disconnectOnHost();
    this.finish({
      kind: 'ended',
      reason: this.phase === 'connected' ? 'hangup-local' : 'canceled',
    });
  }

  apply(report: TwilioCallReport): void {
    if (this.phase === 'ended') return;
    switch (report.type) {
      case 'connecting':
        this.resolvePlaced();
        if (this.phase === 'connecting') this.arm(this.deps.timings.placeMs, NO_RING);
        return;
      case 'ringing':
        return this.onRinging(report.callSid);
      case 'accept':
        return this.onAccept(report.callSid);
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
        this.deps.disconnectOnHost();
        return this.failNow({ code: `twilio-${report.reason}`, message: report.message });
    }
  }

  private onRinging(callSid: string): void {
    this.noteCallSid(callSid);
    if (this.phase !== 'connecting') return;
    this.phase = 'ringing';
    this.cancelTimer();
    this.send({ type: 'ringing' });
  }

  private onAccept(callSid: string): void {
    this.noteCallSid(callSid);
    if (this.phase !== 'connecting' && this.phase !== 'ringing') return;
    this.phase = 'connected';
    this.cancelTimer();
    // The rep's leg has no answering-machine detection: whoever picked up counts as a person.
    this.send({ type: 'answered', by: 'human' });
  }

  private onError(code: number, message: string): void {
    const outcome = outcomeOfTwilioError(code, message, this.phase === 'connected');
    if (this.phase === 'connected') {
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
    if (this.phase === 'connected') return this.finish({ kind: 'ended', reason: 'hangup-remote' });
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

  private finish(ending: Ending): void {
    if (this.phase === 'ended') return;
    this.phase = 'ended';
    this.cancelTimer();
    this.reconnectTimer?.cancel();
    this.reconnectTimer = null;
    this.deps.onFinished();
    if (ending.kind === 'ended') {
      this.send({ type: 'ended', reason: ending.reason });
    } else {
      this.send({ type: 'failed', code: ending.code, message: asSentence(ending.message) });
    }
  }

  private send(
    event:
      | { type: 'ringing' }
      | { type: 'answered'; by: 'human' }
      | { type: 'ended'; reason: CallEndReason }
      | { type: 'failed'; code: string; message: string },
  ): void {
    const ids = { attemptId: this.deps.attemptId, providerCallId: this.providerCallId };
    this.deps.emit({ ...event, ...ids, at: this.deps.clock.now() });
    this.resolvePlaced();
  }

  private resolvePlaced(): void {
    this.settlePlaced?.(this.providerCallId);
    this.settlePlaced = null;
  }

  private arm(ms: number, failure: Failure): void {
    this.cancelTimer();
    this.timer = this.deps.clock.setTimer(() => {
      this.timer = null;
      this.deps.disconnectOnHost();
      this.failNow(failure);
    }, ms);
  }

  private cancelTimer(): void {
    this.timer?.cancel();
    this.timer = null;
  }
}

function asSentence(text: string): string {
  return /[.!?…]$/.test(text) ? text : `${text}.`;
}
