import type { DbTransaction, HubDatabase } from '../../db';
import { signalPool } from './store-pool-lead';

type Job<T> = (tx: DbTransaction) => Promise<T>;

interface Queued {
  job: Job<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/** Leads stored per transaction at most: a long batch would delay its first lead's answer. */
const MAX_BATCH = 100;

/**
 * Group commit for intake: posts that arrive while a transaction is committing are stored
 * together in the next one, so a burst costs one commit (one fsync on the embedded database) and
 * one signal to the pool per batch rather than per lead. When a batch fails, each of its leads is
 * tried again in a transaction of its own, so one bad lead fails alone. A promise that resolves
 * means committed.
 */
export class IntakeBatcher {
  private queue: Queued[] = [];
  private running = false;

  constructor(private readonly db: Pick<HubDatabase, 'transaction'>) {}

  run<T>(job: Job<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ job, resolve: resolve as (value: unknown) => void, reject });
      if (!this.running) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.running = true;
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, MAX_BATCH);
      if (batch.length > 1 && (await this.together(batch))) continue;
      for (const queued of batch) await this.together([queued]);
    }
    this.running = false;
  }

  /** True when the batch committed and its promises were settled. */
  private async together(batch: readonly Queued[]): Promise<boolean> {
    const values: unknown[] = [];
    try {
      await this.db.transaction(async (tx) => {
        for (const queued of batch) values.push(await queued.job(tx));
        await signalPool(tx);
      });
    } catch (error) {
      if (batch.length > 1) return false;
      batch[0]!.reject(error);
      return true;
    }
    batch.forEach((queued, index) => queued.resolve(values[index]));
    return true;
  }
}
