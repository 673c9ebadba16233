import type { DbTransaction, HubDatabase } from './hub-database';

type Job<T> = (tx: DbTransaction) => Promise<T>;

interface Queued {
  job: Job<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

export interface GroupCommitOptions {
  /** Runs last in every transaction that committed jobs (e.g. one NOTIFY for the whole batch). */
  finish?: (tx: DbTransaction) => Promise<void>;
  /** Jobs per transaction at most: a long batch would delay its first job's answer. */
  maxBatch?: number;
}

/**
 * Group commit: jobs that arrive while a transaction is committing run together in the next
 * one, so a burst costs one commit (one fsync on the embedded database) rather than one per job.
 * When a batch fails, each of its jobs is tried again in a transaction of its own, so one bad
 * job fails alone and no job sees another's half-done writes. A promise that resolves means
 * committed.
 */
export class GroupCommit {
  private queue: Queued[] = [];
  private running = false;
  private readonly maxBatch: number;

  constructor(
    private readonly db: Pick<HubDatabase, 'transaction'>,
    private readonly options: GroupCommitOptions = {},
  ) {
    this.maxBatch = options.maxBatch ?? 100;
  }

  run<T>(job: Job<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ job, resolve: resolve as (value: unknown) => void, reject });
      if (!this.running) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.running = true;
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, this.maxBatch);
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
        await this.options.finish?.(tx);
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
