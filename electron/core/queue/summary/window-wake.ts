import type { Clock, TimerHandle } from '../../../../shared/clock';
import type { QueueSummary } from '../../../../shared/domain/queue';

/**
 * Asks for a fresh queue summary when the calling window a summary waits for opens: nothing else
 * changes in the store at 08:00, yet the queue does, and "nothing to dial until 08:00" must not
 * outlive 08:00 on the rep's screen.
 */
export class WindowWake {
  private timer: TimerHandle | null = null;
  private armedFor: number | null = null;

  constructor(
    private readonly clock: Clock,
    private readonly refresh: () => void,
  ) {}

  follow(summary: QueueSummary): void {
    const opensAt = summary.nextWindow?.opensAt ?? null;
    if (opensAt === this.armedFor) return;
    this.close();
    if (opensAt === null) return;
    this.armedFor = opensAt;
    this.timer = this.clock.setTimer(
      () => {
        this.timer = null;
        this.armedFor = null;
        this.refresh();
      },
      Math.max(0, opensAt - this.clock.now()),
    );
  }

  close(): void {
    this.timer?.cancel();
    this.timer = null;
    this.armedFor = null;
  }
}
