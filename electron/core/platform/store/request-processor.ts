import type { StoreEngine } from './store-engine';
import { serializeError, type StoreReply, type StoreRequest } from './store-protocol';

/**
 * Serializes every request to the engine and commits in groups: requests that arrive while one
 * batch runs form the next batch, whose writes share one fdatasync. No reply (not even a read)
 * leaves before the writes that precede it are durable, so nothing the UI sees can be lost.
 */
export class RequestProcessor {
  private queue: StoreRequest[] = [];
  private scheduled = false;

  constructor(
    private readonly engine: StoreEngine,
    private readonly reply: (reply: StoreReply) => void,
    private readonly schedule: (run: () => void) => void,
    private readonly onClosed: () => void,
  ) {}

  submit(request: StoreRequest): void {
    this.queue.push(request);
    if (!this.scheduled) {
      this.scheduled = true;
      this.schedule(() => this.drain());
    }
  }

  private drain(): void {
    this.scheduled = false;
    const batch = this.queue;
    this.queue = [];
    const replies: StoreReply[] = [];
    const writeIds = new Set<number>();
    let closing = false;
    for (const request of batch) {
      if (closing) {
        replies.push({
          id: request.id,
          ok: false,
          error: { name: 'Error', message: 'Store closed' },
        });
        continue;
      }
      try {
        replies.push({ id: request.id, ok: true, value: this.handle(request) });
        if (request.kind === 'write') writeIds.add(request.id);
        if (request.kind === 'close') closing = true;
      } catch (error) {
        replies.push({ id: request.id, ok: false, error: serializeError(error) });
      }
    }
    try {
      this.engine.flush();
    } catch (error) {
      const failed = serializeError(error);
      for (let i = 0; i < replies.length; i++) {
        const reply = replies[i];
        if (reply && writeIds.has(reply.id))
          replies[i] = { id: reply.id, ok: false, error: failed };
      }
    }
    replies.forEach(this.reply);
    if (closing) {
      this.onClosed();
      return;
    }
    if (this.engine.snapshotDue()) {
      try {
        this.engine.snapshot();
      } catch {
        // A failed snapshot loses nothing (the journal still holds every write); retried later.
      }
    }
  }

  private handle(request: StoreRequest) {
    switch (request.kind) {
      case 'all':
        return this.engine.all(request.statement);
      case 'write':
        return this.engine.write(request.statements);
      case 'snapshot':
        return this.engine.snapshot();
      case 'stats':
        return this.engine.stats();
      case 'close':
        return this.engine.close();
    }
  }
}
