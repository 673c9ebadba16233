import type { Logger } from '../../core/platform/log/logger';
import { CoalescedRun } from '../../core/platform/concurrency/coalesced-run';
import type { HubStore, StoredEvent } from '../store/hub-store';

/** Rows read per query: a node far behind catches up in steps, applying each as it goes. */
const PAGE = 5_000;

/**
 * Follows the events table in stored order, whichever node stored them: the floor applies
 * exactly the rows that committed, once each, in the order their reps sent them.
 */
export class FloorTail {
  private readonly run: CoalescedRun;

  constructor(
    private readonly store: HubStore,
    private lastId: number,
    private readonly apply: (events: StoredEvent[]) => Promise<void>,
    log: Logger,
  ) {
    this.run = new CoalescedRun(
      () => this.readOn(),
      (error) => log.warn('hub could not read new events', { error: error.message }),
    );
  }

  /** Reads whatever was stored since the last read (now, or right after the read under way). */
  request(): Promise<void> {
    return this.run.request();
  }

  settled(): Promise<void> {
    return this.run.settled();
  }

  private async readOn(): Promise<void> {
    for (;;) {
      const rows = await this.store.eventsAfter(this.lastId, PAGE);
      if (rows.length === 0) return;
      await this.apply(rows.map(({ event, receivedAt }) => ({ event, receivedAt })));
      this.lastId = rows.at(-1)!.id;
      if (rows.length < PAGE) return;
    }
  }
}
