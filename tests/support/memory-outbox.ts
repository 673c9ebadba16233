import crypto from 'node:crypto';
import type { FloorEventBody } from '../../shared/floor/protocol';
import { floorEventBodySchema } from '../../shared/floor/validators';
import type { Outbox, OutboxEntry } from '../../electron/core/floor/outbox/outbox';

/** An outbox in memory: for tests, the load bench, and a rep app before its migration lands. */
export class MemoryOutbox implements Outbox {
  private readonly entries: OutboxEntry[] = [];
  private delivered = 0;

  constructor(private readonly stream: string = crypto.randomUUID()) {}

  streamId(): Promise<string> {
    return Promise.resolve(this.stream);
  }

  append(body: FloorEventBody, at: number): Promise<OutboxEntry> {
    const entry = {
      seq: this.entries.length + 1,
      eventId: crypto.randomUUID(),
      at,
      body: floorEventBodySchema.parse(body),
    };
    this.entries.push(entry);
    return Promise.resolve(entry);
  }

  after(afterSeq: number, limit: number): Promise<OutboxEntry[]> {
    return Promise.resolve(this.entries.slice(afterSeq, afterSeq + limit));
  }

  markDelivered(upToSeq: number): Promise<void> {
    this.delivered = Math.max(this.delivered, Math.min(upToSeq, this.entries.length));
    return Promise.resolve();
  }

  deliveredSeq(): Promise<number> {
    return Promise.resolve(this.delivered);
  }

  backlog(): Promise<number> {
    return Promise.resolve(this.entries.length - this.delivered);
  }

  /** Everything ever appended, for tests comparing what was sent with what the hub counted. */
  all(): readonly OutboxEntry[] {
    return this.entries;
  }
}
