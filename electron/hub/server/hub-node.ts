import type { Clock, TimerHandle } from '../../../shared/clock';
import type { Logger } from '../../core/platform/log/logger';
import type { HubStore } from '../store/hub-store';
import type { FloorService } from './floor-service';
import type { FloorTail } from './floor-tail';

/** Well under NODE_STALE_MS, so one late beat does not make a live node's reps read offline. */
export const BEAT_INTERVAL_MS = 2_000;

/**
 * This node's heartbeat in the shared database. Each beat also re-reads who is connected where
 * and the events table: a notification lost while the database was away is caught up here.
 */
export class HubNode {
  private timer: TimerHandle | null = null;
  private stopped = false;
  private beating: Promise<void> = Promise.resolve();

  constructor(
    private readonly deps: {
      store: HubStore;
      floor: FloorService;
      tail: FloorTail;
      clock: Clock;
      log: Logger;
    },
  ) {}

  start(): void {
    this.schedule();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.timer?.cancel();
    await this.beating;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = this.deps.clock.setTimer(() => {
      this.beating = this.beatNow().finally(() => this.schedule());
    }, BEAT_INTERVAL_MS);
  }

  /** Beats now (also done every BEAT_INTERVAL_MS); resolves once the node has caught up. */
  async beatNow(): Promise<void> {
    const { store, floor, tail, clock, log } = this.deps;
    try {
      await store.beat(clock.now());
      await floor.refreshReps();
      await tail.request();
    } catch (error) {
      log.warn('hub node could not reach its database', { error: (error as Error).message });
    }
  }
}
