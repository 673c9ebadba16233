/**
 * Asks for a run at most once per `gapMs`: the first request runs at once, the requests within
 * the gap after it share one run at its end. A burst of new leads (each committed insert wakes
 * the pool) costs one routing pass per gap instead of a pass after every insert, and a lead
 * still waits at most the gap before a pass reads it.
 */
export class PacedRequest {
  private lastRunAt = Number.NEGATIVE_INFINITY;
  private waiting: { promise: Promise<void>; timer: NodeJS.Timeout; resolve: () => void } | null =
    null;

  constructor(
    private readonly run: () => Promise<void>,
    private readonly gapMs: number,
  ) {}

  request(): Promise<void> {
    if (this.waiting) return this.waiting.promise;
    const wait = this.lastRunAt + this.gapMs - performance.now();
    if (wait <= 0) return this.runNow();
    let resolve = () => {};
    const promise = new Promise<void>((done) => (resolve = done));
    const timer = setTimeout(() => {
      this.waiting = null;
      void this.runNow().finally(resolve);
    }, wait);
    this.waiting = { promise, timer, resolve };
    return promise;
  }

  /** Drops a run still waiting for its turn. */
  cancel(): void {
    if (!this.waiting) return;
    clearTimeout(this.waiting.timer);
    this.waiting.resolve();
    this.waiting = null;
  }

  /** Resolves once a run waiting for its turn has run. */
  async settled(): Promise<void> {
    await this.waiting?.promise;
  }

  private runNow(): Promise<void> {
    this.lastRunAt = performance.now();
    return this.run();
  }
}
