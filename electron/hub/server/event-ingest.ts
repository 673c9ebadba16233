import type { FloorEvent } from '../../../shared/floor/protocol';
import type { Logger } from '../../core/platform/log/logger';
import { streamKey } from '../store/hub-rows';
import type { HubStore, StreamAdvance } from '../store/hub-store';
import { offer, type Offer, type StreamCursor } from './stream-cursor';

/** Events stored per write: one fdatasync covers them all (group commit). */
const MAX_BATCH = 2_000;

interface Pending {
  cursor: StreamCursor;
  event: FloorEvent;
  receivedAt: number;
}

export interface IngestDeps {
  store: HubStore;
  log: Logger;
  now: () => number;
  /** A batch committed: the floor reads it back (see FloorTail) before it is acknowledged. */
  onStored: () => Promise<void>;
}

/**
 * Orders, batches and stores reps' events. An event is acknowledged only once its write is
 * durable; the database keeps each event once by id, so a resent event counts once.
 */
export class EventIngest {
  private readonly cursors = new Map<string, StreamCursor>();
  private pending: Pending[] = [];
  private writing: Promise<void> | null = null;
  private scheduled = false;

  constructor(private readonly deps: IngestDeps) {}

  /**
   * The rep's stream as this node knows it, moved up to what the database holds: another node
   * may have stored more of it since (the rep published there while this node was away).
   */
  cursor(repId: string, streamId: string, storedSeq: number): StreamCursor {
    const key = streamKey(repId, streamId);
    let cursor = this.cursors.get(key);
    if (!cursor) {
      cursor = { repId, streamId, acceptedSeq: 0, durableSeq: 0, listener: null };
      this.cursors.set(key, cursor);
    }
    cursor.durableSeq = Math.max(cursor.durableSeq, storedSeq);
    cursor.acceptedSeq = Math.max(cursor.acceptedSeq, cursor.durableSeq);
    return cursor;
  }

  offer(cursor: StreamCursor, event: FloorEvent): Offer {
    const verdict = offer(cursor, event.seq);
    if (verdict.kind === 'accepted') {
      this.pending.push({ cursor, event, receivedAt: this.deps.now() });
      this.schedule();
    }
    return verdict;
  }

  /** Resolves once every event accepted so far has been written (or failed). */
  async drain(): Promise<void> {
    while (this.writing || this.pending.length > 0 || this.scheduled) {
      if (this.writing) await this.writing;
      else await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }

  private schedule(): void {
    if (this.scheduled || this.writing) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.writing = this.writeBatch().finally(() => {
        this.writing = null;
        if (this.pending.length > 0) this.schedule();
      });
    });
  }

  private async writeBatch(): Promise<void> {
    const batch = this.pending.splice(0, MAX_BATCH);
    if (batch.length === 0) return;
    const lastSeqs = new Map<StreamCursor, number>();
    for (const { cursor, event } of batch) lastSeqs.set(cursor, event.seq);
    const streams: StreamAdvance[] = [...lastSeqs].map(([cursor, seq]) => ({
      repId: cursor.repId,
      streamId: cursor.streamId,
      seq,
    }));
    try {
      await this.deps.store.storeEvents(
        batch.map(({ cursor, event, receivedAt }) => ({
          event,
          streamId: cursor.streamId,
          receivedAt,
        })),
        streams,
      );
    } catch (error) {
      this.fail(lastSeqs.keys(), (error as Error).message);
      return;
    }
    // An ack then also means "on this node's floor": a supervisor here sees what the rep was told.
    await this.deps.onStored();
    for (const [cursor, seq] of lastSeqs) {
      cursor.durableSeq = Math.max(cursor.durableSeq, seq);
      cursor.listener?.durable(seq);
    }
  }

  /** Nothing of a failed batch was stored: its streams fall back to their durable seq. */
  private fail(cursors: Iterable<StreamCursor>, message: string): void {
    const failed = new Set(cursors);
    this.pending = this.pending.filter((p) => !failed.has(p.cursor));
    this.deps.log.error('hub could not store events', { error: message });
    for (const cursor of failed) {
      cursor.acceptedSeq = cursor.durableSeq;
      cursor.listener?.failed(`The hub could not store events (${message}); retry later.`);
    }
  }
}
