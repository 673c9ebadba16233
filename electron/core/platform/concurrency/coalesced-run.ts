/**
 * Runs a refresh at most once at a time: a request while it runs queues exactly one more run,
 * so a burst of requests costs two runs and the last request still sees a run that started
 * after it.
 */
export class CoalescedRun {
  private running: Promise<void> | null = null;
  private again = false;

  constructor(
    private readonly task: () => Promise<void>,
    private readonly onError: (error: Error) => void,
  ) {}

  request(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.loop().finally(() => (this.running = null));
    return this.running;
  }

  /** Resolves once no run is in progress or queued. */
  async settled(): Promise<void> {
    while (this.running) await this.running;
  }

  private async loop(): Promise<void> {
    do {
      this.again = false;
      try {
        await this.task();
      } catch (error) {
        this.onError(error as Error);
      }
    } while (this.again);
  }
}
