import type { Clock, TimerHandle } from '../../../shared/clock';

/**
 * Coalesces floor pushes: however many events arrive, subscribers get at most one view per
 * interval, and the first change after a quiet spell goes out at once.
 */
export class PushScheduler {
  private timer: TimerHandle | null = null;
  private lastPushAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly clock: Clock,
    private readonly minIntervalMs: number,
    private readonly push: () => void,
  ) {}

  request(): void {
    if (this.timer) return;
    const wait = Math.max(0, this.lastPushAt + this.minIntervalMs - this.clock.now());
    this.timer = this.clock.setTimer(() => {
      this.timer = null;
      this.lastPushAt = this.clock.now();
      this.push();
    }, wait);
  }

  cancel(): void {
    this.timer?.cancel();
    this.timer = null;
  }
}
