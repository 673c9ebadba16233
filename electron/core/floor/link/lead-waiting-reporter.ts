import type { Clock, TimerHandle } from '../../../../shared/clock';
import type { LeadWaitingEventBody } from '../../../../shared/floor/protocol';
import type { Logger } from '../../platform/log/logger';

export interface LeadWaitingReporterDeps {
  read: () => Promise<LeadWaitingEventBody>;
  publish: (body: LeadWaitingEventBody) => void;
  clock: Clock;
  log: Logger;
  /** A count that moved without the oldest lead changing waits this long since the last report. */
  minIntervalMs?: number;
  /** Imports add leads without telling the session: look this often anyway. */
  pollMs?: number;
}

const DEFAULT_INTERVAL_MS = 30_000;

/**
 * Reports the fresh leads waiting in the rep's queue, the input of the hub's speed-to-lead alert.
 * A new oldest lead goes out at once (it decides when the SLA is breached); a count that only
 * moved goes out at most every 30 s.
 */
export class LeadWaitingReporter {
  private readonly minIntervalMs: number;
  private readonly pollMs: number;
  private last: LeadWaitingEventBody | null = null;
  private lastAt = Number.NEGATIVE_INFINITY;
  private reading = false;
  private readAgain = false;
  private poll: TimerHandle | null = null;
  private trailing: TimerHandle | null = null;
  private running = false;

  constructor(private readonly deps: LeadWaitingReporterDeps) {
    this.minIntervalMs = deps.minIntervalMs ?? DEFAULT_INTERVAL_MS;
    this.pollMs = deps.pollMs ?? DEFAULT_INTERVAL_MS;
  }

  /** Reports the current figures at once (a hub that just got configured knows nothing yet). */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.last = null;
    this.schedulePoll();
    this.check();
  }

  stop(): void {
    this.running = false;
    this.poll?.cancel();
    this.trailing?.cancel();
    this.poll = this.trailing = null;
  }

  /** Something in the queue changed (a first dial, an undo): look again. */
  check(): void {
    if (!this.running) return;
    if (this.reading) {
      this.readAgain = true;
      return;
    }
    this.reading = true;
    this.deps
      .read()
      .then(
        (now) => this.consider(now),
        (error: unknown) =>
          this.deps.log.warn('could not count the fresh leads for the hub', {
            error: String(error),
          }),
      )
      .finally(() => {
        this.reading = false;
        if (this.readAgain) {
          this.readAgain = false;
          this.check();
        }
      });
  }

  private consider(current: LeadWaitingEventBody): void {
    if (!this.running) return;
    const last = this.last;
    if (last && last.oldestCreatedAt === current.oldestCreatedAt && last.count === current.count) {
      return;
    }
    const now = this.deps.clock.now();
    const oldestMoved = !last || last.oldestCreatedAt !== current.oldestCreatedAt;
    if (oldestMoved || now - this.lastAt >= this.minIntervalMs) {
      this.trailing?.cancel();
      this.trailing = null;
      this.last = current;
      this.lastAt = now;
      this.deps.publish(current);
      return;
    }
    this.trailing ??= this.deps.clock.setTimer(
      () => {
        this.trailing = null;
        this.check();
      },
      this.lastAt + this.minIntervalMs - now,
    );
  }

  private schedulePoll(): void {
    this.poll = this.deps.clock.setTimer(() => {
      if (!this.running) return;
      this.check();
      this.schedulePoll();
    }, this.pollMs);
  }
}
