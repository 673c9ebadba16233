import type { Clock, TimerHandle } from '../../../../shared/clock';
import type { CallEndReason } from '../../../../shared/domain/call';
import type { SipCallReport } from '../../../../shared/domain/sip';
import type { ProviderEvent } from '../provider';
import { endingOfEnd, endingOfFailure, type SipEnding } from './sip-outcomes';
import type { SipTimings } from './sip-timings';

type CallPhase = 'connecting' | 'ringing' | 'connected' | 'ended';
type Failure = { code: string; message: string };
type Ending = SipEnding | { kind: 'ended'; reason: CallEndReason };

export interface SipCallDeps {
  attemptId: string;
  hostId: string;
  clock: Clock;
  timings: SipTimings;
  emit: (event: ProviderEvent) => void;
  /** Tells the window to drop its side of the call (after the call ended here). */
  disconnectOnHost: () => void;
  onFinished: () => void;
}

const NO_ACK: Failure = {
  code: 'sip-window-silent',
  message: 'The Dialdeck window did not take the call: reload the window, then dial again',
};
const NO_PROGRESS: Failure = {
  code: 'sip-no-progress',
  message:
    'The SIP server gave no sign of the call ringing: check the connection to the server (Settings › Telephony › SIP › Test connection)',
};

/**
 * One call on the SIP line, from the connect command to its single end. Learns what happened
 * from the window's reports (JsSIP's session events) and turns them into provider events.
 * Everything after the end is ignored, so a late report never ends a call twice.
 */
export class SipCall {
  readonly providerCallId: string;
  /** Resolves once the window has taken the call, or the call ended first. */
  readonly placed: Promise<string>;
  private phase: CallPhase = 'connecting';
  private timer: TimerHandle | null = null;
  private settlePlaced: ((providerCallId: string) => void) | null = null;

  constructor(private readonly deps: SipCallDeps) {
    this.providerCallId = `sip:${deps.attemptId}`;
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

  apply(report: SipCallReport): void {
    if (this.phase === 'ended') return;
    switch (report.type) {
      case 'connecting':
        this.resolvePlaced();
        if (this.phase === 'connecting') this.arm(this.deps.timings.placeMs, NO_PROGRESS);
        return;
      case 'progress':
        return this.onProgress();
      case 'accepted':
        return this.onAccepted();
      case 'failed':
        this.deps.disconnectOnHost();
        return this.finish(endingOfFailure(report));
      case 'ended':
        return this.finish(endingOfEnd(report));
      case 'host-error':
        this.deps.disconnectOnHost();
        return this.failNow({ code: `sip-${report.reason}`, message: report.message });
    }
  }

  /** 180 Ringing or 183 Session Progress: either way the number rings (early media plays). */
  private onProgress(): void {
    if (this.phase !== 'connecting') return;
    this.phase = 'ringing';
    this.cancelTimer();
    this.send({ type: 'ringing' });
  }

  private onAccepted(): void {
    if (this.phase !== 'connecting' && this.phase !== 'ringing') return;
    this.phase = 'connected';
    this.cancelTimer();
    // The rep's leg has no answering-machine detection: whoever picked up counts as a person.
    this.send({ type: 'answered', by: 'human' });
  }

  private finish(ending: Ending): void {
    if (this.phase === 'ended') return;
    const wasConnected = this.phase === 'connected';
    this.phase = 'ended';
    this.cancelTimer();
    this.deps.onFinished();
    if (ending.kind === 'failed') {
      this.send({ type: 'failed', code: ending.code, message: asSentence(ending.message) });
    } else {
      this.send({ type: 'ended', reason: reasonFor(ending.reason, wasConnected) });
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

/** Our own end of a call that was never answered is a cancel, whatever JsSIP calls it. */
function reasonFor(reason: CallEndReason, wasConnected: boolean): CallEndReason {
  return reason === 'hangup-local' && !wasConnected ? 'canceled' : reason;
}

function asSentence(text: string): string {
  return /[.!?…]$/.test(text) ? text : `${text}.`;
}
