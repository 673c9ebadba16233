import type { Clock, TimerHandle } from '../../../../shared/clock';
import type { CallEndReason } from '../../../../shared/domain/call';
import { DomainError } from '../../../../shared/result';
import type { ProviderEvent } from '../provider';
import type { CallPlan, PlannedEvent } from './call-plan';
import { STILL_THERE_LINE } from './prospect-lines';

type CallPhase = 'dialing' | 'ringing' | 'connected' | 'ended';

/** How long a person listens to silence before asking whether anyone is there. */
export const MUTED_SILENCE_PROMPT_MS = 6_000;

/**
 * One simulated call playing its plan step by step on the clock, until the plan's own end or a
 * hang-up cuts it short. Its phase changes before each event goes out, so a listener that reacts
 * (say, hangs up on 'answered') already sees the call as it is now.
 */
export class SimulatedCall {
  private phase: CallPhase = 'dialing';
  private muted = false;
  private nextStepIndex = 0;
  private placedAt = 0;
  private stepTimer: TimerHandle | null = null;
  private silenceTimer: TimerHandle | null = null;

  constructor(
    readonly attemptId: string,
    readonly providerCallId: string,
    private readonly plan: CallPlan,
    private readonly clock: Clock,
    private readonly emit: (event: ProviderEvent) => void,
    private readonly onFinished: () => void,
  ) {}

  start(): void {
    this.placedAt = this.clock.now();
    this.scheduleNextStep();
  }

  get isLive(): boolean {
    return this.phase === 'connected';
  }

  get isMuted(): boolean {
    return this.muted;
  }

  /** Our side ends the call: a live call is hung up, one not yet answered is canceled. */
  hangUpLocally(): void {
    if (this.phase === 'ended') return;
    this.finish(this.phase === 'connected' ? 'hangup-local' : 'canceled');
  }

  /** The prospect (or their machine) ends a live call. */
  hangUpRemotely(): void {
    this.assertLive('hang up remotely');
    this.finish('hangup-remote');
  }

  setMuted(muted: boolean): void {
    this.assertLive('mute');
    this.muted = muted;
    this.silenceTimer?.cancel();
    this.silenceTimer = null;
    if (muted && this.plan.outcome === 'answer') {
      this.silenceTimer = this.clock.setTimer(() => {
        this.silenceTimer = null;
        this.send({ type: 'speech', text: STILL_THERE_LINE });
      }, MUTED_SILENCE_PROMPT_MS);
    }
  }

  assertLive(action: string): void {
    if (this.phase !== 'connected') {
      throw new DomainError(
        'illegal-transition',
        `Cannot ${action}: attempt ${this.attemptId} is not connected (it is ${this.phase}).`,
      );
    }
  }

  private scheduleNextStep(): void {
    const step = this.plan.steps[this.nextStepIndex];
    if (!step) return;
    const delayMs = Math.max(0, this.placedAt + step.atMs - this.clock.now());
    this.stepTimer = this.clock.setTimer(() => {
      this.stepTimer = null;
      this.nextStepIndex++;
      this.play(step.event);
    }, delayMs);
  }

  private play(event: PlannedEvent): void {
    switch (event.type) {
      case 'ended':
        this.finish(event.reason);
        return;
      case 'failed':
        this.finishWith(event);
        return;
      case 'ringing':
        this.phase = 'ringing';
        break;
      case 'answered':
        this.phase = 'connected';
        break;
      case 'speech':
        break;
    }
    this.send(event);
    if (this.phase !== 'ended') this.scheduleNextStep();
  }

  private finish(reason: CallEndReason): void {
    this.finishWith({ type: 'ended', reason });
  }

  private finishWith(terminal: PlannedEvent & { type: 'ended' | 'failed' }): void {
    this.phase = 'ended';
    this.stepTimer?.cancel();
    this.silenceTimer?.cancel();
    this.stepTimer = this.silenceTimer = null;
    this.onFinished();
    this.send(terminal);
  }

  private send(event: PlannedEvent): void {
    const ids = { attemptId: this.attemptId, providerCallId: this.providerCallId };
    this.emit({ ...event, ...ids, at: this.clock.now() });
  }
}
