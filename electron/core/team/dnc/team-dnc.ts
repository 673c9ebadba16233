import type { HubPushMessage, TeamDncMessage } from '../../../../shared/floor/protocol';
import type { HubChannel, HubLink } from '../../floor';
import { StoreOutbox } from '../../floor';
import type { Logger } from '../../platform/log/logger';
import { SerialQueue } from '../../platform/concurrency/serial-queue';
import type { SqlStatement } from '../../platform/store/sql';
import type { Store } from '../../platform/store/store';
import { TeamDncRows, type UnsharedNumber } from './team-dnc-rows';

export interface TeamDncDeps {
  store: Store;
  log: Logger;
  /** The rep publishes to a hub (the outbox is delivered). */
  publishing: () => boolean;
  /** New entries are in the outbox. */
  outboxChanged: () => void;
  /** Team entries were added to the rep's list. */
  listChanged: () => void;
}

/** Numbers moved into the outbox per write. */
const SHARE_BATCH = 200;
const MAX_REASON = 500;

/**
 * One do-not-call list for the team, on the rep's side. A number that lands on the rep's list by
 * any path (an outcome, by hand, a pasted list) is shared as a `dnc-added` event in the rep's
 * durable outbox, in the same write that marks it shared; the hub's `team-dnc` entries land on
 * the rep's list with who added them, and the cursor of the last one goes in hello so the hub
 * sends only what the rep missed. The dial-time check reads the same list, whoever added it.
 */
export class TeamDnc implements HubChannel {
  private readonly serial = new SerialQueue();
  private sharing = false;
  private shareAgain = false;

  constructor(private readonly deps: TeamDncDeps) {}

  async hello(): Promise<{ dncCursor: number }> {
    return { dncCursor: await TeamDncRows.cursor(this.deps.store) };
  }

  received(message: HubPushMessage): void {
    if (message.type === 'team-dnc') void this.serial.run(() => this.apply(message));
  }

  connectedChanged(link: HubLink | null): void {
    if (link) this.share();
  }

  /** The rep's list may have new numbers: share them (each once) while a hub is set up. */
  share(): void {
    if (!this.deps.publishing()) return;
    if (this.sharing) {
      this.shareAgain = true;
      return;
    }
    this.sharing = true;
    void this.serial
      .run(() => this.shareAll())
      .catch((error: unknown) =>
        this.deps.log.warn('do-not-call numbers could not be shared with the team', {
          error: String(error),
        }),
      )
      .finally(() => {
        this.sharing = false;
        if (this.shareAgain) {
          this.shareAgain = false;
          this.share();
        }
      });
  }

  /** Resolves once everything received or started so far is done (tests). */
  settled(): Promise<void> {
    return this.serial.drained();
  }

  private async apply(message: TeamDncMessage): Promise<void> {
    try {
      await this.deps.store.write(TeamDncRows.applyStatements(message.entries, message.cursor));
    } catch (error) {
      // The cursor did not move: the hub sends these again after the next hello.
      this.deps.log.warn('team do-not-call entries could not be stored', {
        error: (error as Error).message,
      });
      return;
    }
    if (message.entries.length > 0) this.deps.listChanged();
  }

  private async shareAll(): Promise<void> {
    for (;;) {
      const numbers = await TeamDncRows.unshared(this.deps.store, SHARE_BATCH);
      if (numbers.length === 0) return;
      await this.deps.store.write([
        ...numbers.flatMap((number) => this.eventFor(number)),
        TeamDncRows.markShared(numbers.map((number) => number.phoneE164)),
      ]);
      this.deps.outboxChanged();
      if (numbers.length < SHARE_BATCH) return;
    }
  }

  private eventFor(number: UnsharedNumber): SqlStatement[] {
    const reason = number.reason === null ? null : number.reason.slice(0, MAX_REASON);
    try {
      const body = { type: 'dnc-added' as const, phoneE164: number.phoneE164, reason };
      return [StoreOutbox.appendStatement(body, number.addedAt).statement];
    } catch (error) {
      // The hub would refuse it and stall the stream: kept on this rep's list only.
      this.deps.log.warn('a do-not-call number is not shared with the team', {
        phoneE164: number.phoneE164,
        error: String(error),
      });
      return [];
    }
  }
}
