import type { QueueSummary } from '../../../shared/domain/queue';
import type { EventHub } from '../platform/events/event-hub';
import type { Logger } from '../platform/log/logger';
import type { PortChange } from '../queue/store';
import type { Clock } from '../../../shared/clock';
import { LiveTalkTicker, type TodayKpi } from '../kpi';

export interface LoopEventsDeps {
  events: EventHub;
  kpi: TodayKpi;
  clock: Clock;
  log: Logger;
  queueSummary: () => Promise<QueueSummary>;
  /** Resolves once the session has nothing left to do for now (the next call is placed). */
  whenQuiet: () => Promise<void>;
}

/**
 * Turns the session's durable writes into what the windows show: kpi.changed at once (computed in
 * memory; each second of a live call too, its talk counting up to now), queue.changed once the
 * session is quiet, so the summary's read never sits in the store's queue ahead of the next dial.
 */
export class LoopEvents {
  private queueRefresh: Promise<void> | null = null;
  private readonly liveTalk: LiveTalkTicker;

  constructor(private readonly deps: LoopEventsDeps) {
    this.liveTalk = new LiveTalkTicker(deps.clock, () => this.emitKpi());
  }

  /** No more ticks (the core is closing). */
  stop(): void {
    this.liveTalk.stop();
  }

  readonly onPortChange = (change: PortChange): void => {
    this.deps.kpi.apply(change);
    this.liveTalk.follow(change);
    // A ring changes no number; an answer and an end change talk time.
    if (change.kind === 'attempt-saved' && change.attempt.answeredAt === null) return;
    this.emitKpi();
    if (
      change.kind === 'outcome-recorded' ||
      change.kind === 'outcome-undone' ||
      change.kind === 'lead-skipped'
    ) {
      this.refreshQueue();
    }
  };

  emitKpi(): void {
    const snapshot = this.deps.kpi.snapshotNow();
    if (snapshot) {
      this.deps.events.emit('kpi.changed', snapshot);
      return;
    }
    this.deps.kpi.snapshot().then(
      (later) => this.deps.events.emit('kpi.changed', later),
      (error: unknown) =>
        this.deps.log.warn('could not compute the KPIs', { error: String(error) }),
    );
  }

  /** Coalesced: however many changes arrive meanwhile, one summary goes out after them. */
  refreshQueue(): void {
    if (this.queueRefresh) return;
    this.queueRefresh = this.deps
      .whenQuiet()
      .then(() => {
        this.queueRefresh = null;
        return this.deps.queueSummary();
      })
      .then(
        (summary) => this.deps.events.emit('queue.changed', summary),
        (error: unknown) => {
          this.queueRefresh = null;
          this.deps.log.warn('could not refresh the queue summary', { error: String(error) });
        },
      );
  }
}
