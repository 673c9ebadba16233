import type { Clock, TimerHandle } from '../../../shared/clock';
import type { PortChange } from '../queue/store';

const EVERY_MS = 1_000;

/**
 * While a call is on the line its talk time grows (the KPI strip and the floor count it up to
 * now): ticks once a second from the answer until the call ends, so the strip can follow.
 */
export class LiveTalkTicker {
  private timer: TimerHandle | null = null;
  private live: string | null = null;

  constructor(
    private readonly clock: Clock,
    private readonly tick: () => void,
  ) {}

  follow(change: PortChange): void {
    if (change.kind === 'attempt-saved' || change.kind === 'attempt-dropped') {
      const { id, answeredAt, endedAt } = change.attempt;
      if (answeredAt !== null && endedAt === null) this.start(id);
      else if (id === this.live) this.stop();
    } else if (change.kind === 'outcome-recorded' && change.attempt.id === this.live) {
      this.stop();
    }
  }

  stop(): void {
    this.timer?.cancel();
    this.timer = null;
    this.live = null;
  }

  private start(attemptId: string): void {
    if (this.live === attemptId) return;
    this.stop();
    this.live = attemptId;
    this.schedule();
  }

  private schedule(): void {
    this.timer = this.clock.setTimer(() => {
      this.tick();
      this.schedule();
    }, EVERY_MS);
  }
}
