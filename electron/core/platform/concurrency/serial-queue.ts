/**
 * Runs steps one at a time, in the order they were queued, so every step sees the state the
 * previous one left behind even when steps await slow work.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(step: () => T | Promise<T>): Promise<T> {
    const result = this.tail.then(step);
    this.tail = result.catch(() => undefined);
    return result;
  }

  /** Resolves once every step queued so far, and any queued meanwhile, has finished. */
  async drained(): Promise<void> {
    let seen: Promise<unknown>;
    do {
      seen = this.tail;
      await seen;
    } while (seen !== this.tail);
  }
}
