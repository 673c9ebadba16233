/**
 * One flush for every commit made before it. A call that finishes while a flush is pending joins
 * it: the flush runs at the end of the current turn of the event loop, after every call that
 * finished in that turn, so a burst of commits costs one fsync, and each caller still hears of
 * its commit only once the disk has it. (A flush that has started covers only what came before
 * it: a call finishing during it waits for the next one.)
 */
export class SharedFlush {
  private pending: Promise<void> | null = null;

  constructor(private readonly flush: () => Promise<void>) {}

  /** Resolves once a flush that started after this call has finished. */
  after(): Promise<void> {
    this.pending ??= new Promise<void>((resolve, reject) => {
      setImmediate(() => {
        this.pending = null;
        this.flush().then(resolve, reject);
      });
    });
    return this.pending;
  }
}
