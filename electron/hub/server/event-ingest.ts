import type { FloorEvent } from '../../../shared/floor/protocol';
import type { Logger } from '../../core/platform/log/logger';
import type { SqlStatement } from '../../core/platform/store/sql';
import type { Store } from '../../core/platform/store/store';
import { hubStatements } from '../store/hub-statements';
import { streamKey } from '../store/load-floor';
import { offer, type Offer, type StreamCursor } from './stream-cursor';

/** Events stored per write: one fdatasync covers them all (group commit). */
const MAX_BATCH = 2_000;

interface Pending {
  cursor: StreamCursor;
  event: FloorEvent;
  receivedAt: number;
}

export interface IngestDeps {
  store: Store;
  log: Logger;
  now: () => number;
  /** Durably stored events that were new (not resent copies), in arrival order. */
  onStored: (events: readonly FloorEvent[]) => void;
}

/**
 * Orders, batches and stores reps' events. An event is acknowledged only once its write is
 * durable, and applied to the floor only if it was new: the same event twice counts once.
 */
export class EventIngest {
  private readonly cursors = new Map<string, StreamCursor>();
  private pending: Pending[] = [];
  private writing: Promise<void> | null = null;
  private scheduled = false;

  constructor(
    private readonly deps: IngestDeps,
    durableSeqs: ReadonlyMap<string, number>,
  ) {
    for (const [key, seq] of durableSeqs) {
      const [repId = '', streamId = ''] = key.split('\u0000');
      this.cursors.set(key, { repId, streamId, acceptedSeq: seq, durableSeq: seq, listener: null });
    }
  }

  cursor(repId: string, streamId: string): StreamCursor {
    const key = streamKey(repId, streamId);
    let cursor = this.cursors.get(key);
    if (!cursor) {
      cursor = { repId, streamId, acceptedSeq: 0, durableSeq: 0, listener: null };
      this.cursors.set(key, cursor);
    }
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
    const statements: SqlStatement[] = [];
    for (const { cursor, event, receivedAt } of batch) {
      statements.push(hubStatements.insertEvent(event, cursor.streamId, receivedAt));
    }
    const lastSeqs = new Map<StreamCursor, number>();
    for (const { cursor, event } of batch) lastSeqs.set(cursor, event.seq);
    for (const [cursor, seq] of lastSeqs) {
      statements.push(hubStatements.advanceStream(cursor.repId, cursor.streamId, seq));
    }
    for (const { event } of batch) {
      if (event.type === 'escalation') {
        statements.push(hubStatements.insertEscalation(event.repId, event, event.at));
      }
    }

    let changes: number[];
    try {
      changes = (await this.deps.store.write(statements)).changes;
    } catch (error) {
      this.fail(lastSeqs.keys(), (error as Error).message);
      return;
    }
    this.deps.onStored(batch.filter((_, index) => changes[index] === 1).map((p) => p.event));
    for (const [cursor, seq] of lastSeqs) {
      cursor.durableSeq = seq;
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
