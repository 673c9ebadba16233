/** Work the session started without waiting for it (provider calls, early look-ups). */
export class InFlightWork {
  private readonly work = new Set<Promise<void>>();

  /** Failures are the work's own business: they are handled where the work was started. */
  track(work: Promise<unknown>): void {
    const done = work.then(
      () => undefined,
      () => undefined,
    );
    this.work.add(done);
    void done.then(() => this.work.delete(done));
  }

  get size(): number {
    return this.work.size;
  }

  async settled(): Promise<void> {
    await Promise.all(this.work);
  }
}
