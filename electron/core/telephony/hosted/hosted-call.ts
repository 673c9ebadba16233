import type { Clock, TimerHandle } from '../../../../shared/clock';
import type { CallEndReason } from '../../../../shared/domain/call';
import type { ProviderEvent } from '../provider';

type CallPhase = 'connecting' | 'ringing' | 'connected' | 'ended';
export type CallFailure = { code: string; message: string };
export type CallEnding =
  { kind: 'ended'; reason: CallEndReason } | ({ kind: 'failed' } & CallFailure);

/** How long a hosted call waits for the window's first signs of life. */
export interface HostedCallTimings {
  /** From the connect command to the window saying it is connecting. */
  ackMs: number;
  /** From the window connecting to the line saying the number rings. */
  placeMs: number;
}

export interface HostedCallDeps {
  attemptId: string;
  hostId: string;
  clock: Clock;
  timings: HostedCallTimings;
  emit: (event: ProviderEvent) => void;
  /** Tells the window to drop its side of the call (after the call ended here). */
  disconnectOnHost: () => void;
  onFinished: () => void;
}

/** What sets one window-hosted line's calls apart in what they say. */
export interface HostedCallLine {
  /** Starts the call's providerCallId and its failure codes, e.g. 'sip'. */
  prefix: string;
  /** The window took the call, then the line gave no sign of it ringing in time. */
  noProgress: CallFailure;
}

/**
 * One call on a window-hosted line, from the connect command to its single end. The line's call
 * reads the window's reports (apply) and moves the call on through ring(), answer() and
 * finish(); everything after the end is ignored, so a late report never ends a call twice.
 */
export abstract class HostedCall<Report, Deps extends HostedCallDeps = HostedCallDeps> {
  readonly providerCallId: string;
  /** Resolves once the window has taken the call, or the call ended first. */
  readonly placed: Promise<string>;
  private callPhase: CallPhase = 'connecting';
  private timer: TimerHandle | null = null;
  private settlePlaced: ((providerCallId: string) => void) | null = null;

  protected constructor(
    protected readonly deps: Deps,
    private readonly line: HostedCallLine,
  ) {
    this.providerCallId = `${line.prefix}:${deps.attemptId}`;
    this.placed = new Promise((resolve) => (this.settlePlaced = resolve));
  }

  /** What the window saw the call do. */
  abstract apply(report: Report): void;

  get hostId(): string {
    return this.deps.hostId;
  }

  get isLive(): boolean {
    return this.callPhase === 'connected';
  }

  protected get phase(): CallPhase {
    return this.callPhase;
  }

  /** The connect command went out: the window must take it within the ack time. */
  start(): void {
    this.arm(this.deps.timings.ackMs, {
      code: `${this.line.prefix}-window-silent`,
      message: 'The Dialdeck window did not take the call: reload the window, then dial again',
    });
  }

  /** Fails at once, e.g. when no window can carry the call. */
  failNow(failure: CallFailure): void {
    this.finish({ kind: 'failed', ...failure });
  }

  /** Our side ends it: a live call is hung up, one not yet answered is canceled. */
  hangUpLocally(): void {
    if (this.callPhase === 'ended') return;
    this.deps.disconnectOnHost();
    this.finish({
      kind: 'ended',
      reason: this.callPhase === 'connected' ? 'hangup-local' : 'canceled',
    });
  }

  /** The window took the call: now the line must say it rings within the place time. */
  protected onConnecting(): void {
    this.resolvePlaced();
    if (this.callPhase === 'connecting') this.arm(this.deps.timings.placeMs, this.line.noProgress);
  }

  protected ring(): void {
    if (this.callPhase !== 'connecting') return;
    this.callPhase = 'ringing';
    this.cancelTimer();
    this.send({ type: 'ringing' });
  }

  protected answer(): void {
    if (this.callPhase !== 'connecting' && this.callPhase !== 'ringing') return;
    this.callPhase = 'connected';
    this.cancelTimer();
    // The rep's leg has no answering-machine detection: whoever picked up counts as a person.
    this.send({ type: 'answered', by: 'human' });
  }

  /** The window could not even try to place the call. */
  protected failOnHost(reason: string, message: string): void {
    this.deps.disconnectOnHost();
    this.failNow({ code: `${this.line.prefix}-${reason}`, message });
  }

  protected finish(ending: CallEnding): void {
    if (this.callPhase === 'ended') return;
    this.callPhase = 'ended';
    this.cancelTimer();
    this.onEnding();
    this.deps.onFinished();
    if (ending.kind === 'ended') {
      this.send({ type: 'ended', reason: ending.reason });
    } else {
      this.send({ type: 'failed', code: ending.code, message: asSentence(ending.message) });
    }
  }

  /** Stops what a line's call keeps running of its own, as the call ends. */
  protected onEnding(): void {}

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

  private arm(ms: number, failure: CallFailure): void {
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
