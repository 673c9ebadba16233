import { AsyncLocalStorage } from 'node:async_hooks';
import { HubDatabaseError } from './db-errors';

/**
 * Marks code running inside `transaction(fn)`. Calling the database itself there (rather than the
 * transaction's `tx.query`) would wait forever for the embedded adapter's queue, or run outside
 * the transaction on a server: both are bugs, so both adapters refuse it at once.
 */
export class TransactionGuard {
  private readonly inside = new AsyncLocalStorage<true>();

  run<T>(fn: () => Promise<T>): Promise<T> {
    return this.inside.run(true, fn);
  }

  /** Notification handlers are called from wherever the driver is: never "inside". */
  outside(fn: () => void): void {
    this.inside.exit(fn);
  }

  refuseInside(what: string): void {
    if (this.inside.getStore()) {
      throw new HubDatabaseError(
        `${what} was called inside transaction(): use the transaction's tx.query instead`,
        'misuse',
      );
    }
  }
}
