import type { FloorEventBody } from '../../../../shared/floor/protocol';

/** One event waiting for (or past) delivery; the rep id is stamped by the connection. */
export interface OutboxEntry {
  seq: number;
  eventId: string;
  at: number;
  body: FloorEventBody;
}

/**
 * The rep's durable queue of floor events. Seqs count 1, 2, 3, … with no gaps within a stream;
 * an entry stays until the hub acknowledged it, so nothing is lost while the hub is down.
 */
export interface Outbox {
  /** Names this outbox's seq sequence; a new installation gets a new stream. */
  streamId(): Promise<string>;
  /** Durably appends an event and returns it with its seq and event id. */
  append(body: FloorEventBody, at: number): Promise<OutboxEntry>;
  /** Entries with seq > afterSeq, ascending, at most `limit`. */
  after(afterSeq: number, limit: number): Promise<OutboxEntry[]>;
  /** The hub stored everything up to this seq. */
  markDelivered(upToSeq: number): Promise<void>;
  deliveredSeq(): Promise<number>;
  /** Entries not yet acknowledged by the hub. */
  backlog(): Promise<number>;
}
