/**
 * Runs tasks one at a time in the order they were given. PGlite has a single connection: a query
 * issued while another caller's transaction is open would otherwise run inside that transaction.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task);
    this.tail = result.catch(() => undefined);
    return result;
  }

  /** Resolves when every task given so far has settled. */
  drained(): Promise<void> {
    return this.tail.then(() => undefined);
  }
}
