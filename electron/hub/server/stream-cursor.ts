/**
 * Where one rep stream stands on the hub. `acceptedSeq` runs ahead of `durableSeq` while a write
 * is in flight; only durable seqs are acknowledged.
 */
export interface StreamCursor {
  readonly repId: string;
  readonly streamId: string;
  acceptedSeq: number;
  durableSeq: number;
  /** Set while the rep's socket is open: acknowledges durable seqs and ends the socket on failure. */
  listener: CursorListener | null;
}

export interface CursorListener {
  durable(upToSeq: number): void;
  failed(reason: string): void;
}

export type Offer =
  | { kind: 'accepted' }
  | { kind: 'duplicate'; durableSeq: number }
  | { kind: 'gap'; expectedSeq: number };

/**
 * Reps send in seq order, so the hub takes the next seq, re-acknowledges one it already has and
 * refuses a gap (the rep reconnects and resends from the acknowledged seq). A stream the hub has
 * never stored may start anywhere: after the hub lost its data, the rep's oldest undelivered
 * event is where it resumes.
 */
export function offer(cursor: StreamCursor, seq: number): Offer {
  if (seq <= cursor.acceptedSeq) return { kind: 'duplicate', durableSeq: cursor.durableSeq };
  const fresh = cursor.acceptedSeq === 0;
  if (!fresh && seq !== cursor.acceptedSeq + 1) {
    return { kind: 'gap', expectedSeq: cursor.acceptedSeq + 1 };
  }
  cursor.acceptedSeq = seq;
  return { kind: 'accepted' };
}
