import type { PGlite, Results } from '@electric-sql/pglite';
import { checkChannel } from './channel-name';
import { HubDatabaseError } from './db-errors';
import type {
  DbResult,
  DbRow,
  DbTransaction,
  DbValue,
  HubDatabase,
  NotificationHandler,
} from './hub-database';
import { openPgliteFolder } from './pglite-folder';
import { SerialQueue } from './serial-queue';
import { SharedFlush } from './shared-flush';
import { TransactionGuard } from './transaction-guard';
import type { DurableSync } from './wal-sync';

const toResult = <Row extends DbRow>(result: Results<Row>): DbResult<Row> => ({
  rows: result.rows,
  affected: result.affectedRows ?? 0,
});

/**
 * PostgreSQL in the hub's process (PGlite), its files in `<dataDir>/pg`. PGlite has one
 * connection, so every call, transactions included, goes through one queue; and every call that
 * may have committed ends with the WAL on disk before its promise resolves (see DurableSync).
 */
class EmbeddedDatabase implements HubDatabase {
  readonly kind = 'embedded';
  private readonly queue = new SerialQueue();
  private readonly guard = new TransactionGuard();
  private closed = false;
  // PGlite's own syncToFs is skipped for a COMMIT inside transaction() (its issue #1065) and is
  // a no-op on Node anyway: this is what puts an acknowledged commit on disk.
  private readonly flush = new SharedFlush(async () => {
    await this.pg.syncToFs();
    this.durable.afterCommit();
  });

  constructor(
    private readonly pg: PGlite,
    private readonly durable: DurableSync,
    private readonly unlock: () => void,
    readonly location: string,
  ) {}

  query<Row extends DbRow = DbRow>(
    text: string,
    params: readonly DbValue[] = [],
  ): Promise<DbResult<Row>> {
    return this.serialized('query()', async () =>
      toResult(await this.pg.query<Row>(text, [...params])),
    );
  }

  transaction<T>(fn: (tx: DbTransaction) => Promise<T>): Promise<T> {
    return this.serialized('transaction()', () =>
      this.pg.transaction((pgTx) =>
        this.guard.run(() =>
          fn({
            query: async <Row extends DbRow>(text: string, params: readonly DbValue[] = []) =>
              toResult(await pgTx.query<Row>(text, [...params])),
          }),
        ),
      ),
    );
  }

  async listen(channel: string, handler: NotificationHandler): Promise<() => Promise<void>> {
    checkChannel(channel);
    const deliver = (payload: string) => this.guard.outside(() => handler(payload));
    const stop = await this.serialized('listen()', () => this.pg.listen(channel, deliver));
    return () => this.serialized('unlisten', () => stop());
  }

  async notify(channel: string, payload: string): Promise<void> {
    await this.query('SELECT pg_notify($1, $2)', [checkChannel(channel), payload]);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.queue.drained();
    try {
      await this.pg.close();
      this.durable.afterCheckpoint();
    } finally {
      this.unlock();
    }
  }

  private async serialized<T>(what: string, task: () => Promise<T>): Promise<T> {
    this.guard.refuseInside(what);
    if (this.closed) throw new HubDatabaseError(`${what} after the database was closed`, 'closed');
    try {
      return await this.queue.run(task);
    } finally {
      await this.flush.after();
    }
  }
}

/** Opens (or creates on the first start) the embedded database in `<dataDir>/pg`. */
export async function openEmbeddedDatabase(dataDir: string): Promise<HubDatabase> {
  const { pg, pgDir, durable, unlock } = await openPgliteFolder(dataDir);
  return new EmbeddedDatabase(pg, durable, unlock, pgDir);
}
