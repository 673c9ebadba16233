import type { ConnectionOptions } from 'node:tls';
import pg from 'pg';
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
import { connectionError } from './server-errors';
import { ServerListener } from './server-listener';
import { describeTarget, parseDatabaseUrl, type ServerTarget } from './server-target';
import { serverTypes } from './server-types';
import { TransactionGuard } from './transaction-guard';

export interface ServerDatabaseOptions {
  /** postgres://ROLE:PASSWORD@HOST:PORT/DATABASE[?sslmode=…] */
  url: string;
  /** Passed to node-postgres as is (ca, cert, key, rejectUnauthorized, …). */
  tls?: ConnectionOptions;
  /** Connections in the pool (default 10). */
  poolSize?: number;
  connectTimeoutMs?: number;
}

const toResult = <Row extends DbRow>(result: pg.QueryResult<Row>): DbResult<Row> => ({
  rows: result.rows,
  affected: result.rowCount ?? 0,
});

/** A PostgreSQL server through a pool of connections; LISTEN on one connection of its own. */
class ServerDatabase implements HubDatabase {
  readonly kind = 'server';
  private readonly guard = new TransactionGuard();
  private closed = false;

  constructor(
    private readonly pool: pg.Pool,
    private readonly listener: ServerListener,
    private readonly target: ServerTarget,
    readonly location: string,
  ) {}

  async query<Row extends DbRow = DbRow>(
    text: string,
    params: readonly DbValue[] = [],
  ): Promise<DbResult<Row>> {
    this.refuse('query()');
    try {
      return toResult(await this.pool.query<Row>(text, [...params]));
    } catch (error) {
      throw connectionError(error, this.target);
    }
  }

  async transaction<T>(fn: (tx: DbTransaction) => Promise<T>): Promise<T> {
    this.refuse('transaction()');
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (error) {
      throw connectionError(error, this.target);
    }
    let broken: Error | undefined;
    // A server that goes away between two statements makes the client emit 'error' while it is
    // out of the pool, where nothing listens: unhandled, that would end the hub's process.
    const lost = (error: Error) => (broken = error);
    client.on('error', lost);
    try {
      await client.query('BEGIN');
      const tx: DbTransaction = {
        query: async <Row extends DbRow>(text: string, params: readonly DbValue[] = []) =>
          toResult(await client.query<Row>(text, [...params])),
      };
      const result = await this.guard.run(() => fn(tx));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      try {
        await client.query('ROLLBACK');
      } catch (rollbackError) {
        // A connection that cannot even roll back is not given back to the pool.
        broken = rollbackError as Error;
      }
      throw connectionError(error, this.target);
    } finally {
      client.off('error', lost);
      client.release(broken);
    }
  }

  async listen(channel: string, handler: NotificationHandler): Promise<() => Promise<void>> {
    this.refuse('listen()');
    return this.listener.add(checkChannel(channel), handler);
  }

  async notify(channel: string, payload: string): Promise<void> {
    await this.query('SELECT pg_notify($1, $2)', [checkChannel(channel), payload]);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.listener.close();
    await this.pool.end();
  }

  private refuse(what: string): void {
    this.guard.refuseInside(what);
    if (this.closed) {
      throw new HubDatabaseError(`${what} after the database was closed`, 'closed');
    }
  }
}

/** Connects to a server and checks the login at once, so a wrong URL fails at start-up. */
export async function openServerDatabase(options: ServerDatabaseOptions): Promise<HubDatabase> {
  const target = parseDatabaseUrl(options.url);
  const config: pg.ClientConfig = {
    connectionString: options.url,
    ...(options.tls ? { ssl: options.tls } : {}),
    connectionTimeoutMillis: options.connectTimeoutMs ?? 10_000,
    types: serverTypes,
  };
  const pool = new pg.Pool({ ...config, max: options.poolSize ?? 10 });
  // An idle connection the server drops is replaced on next use; unhandled, it would crash the hub.
  pool.on('error', () => undefined);
  const describeFailure = (error: unknown) => connectionError(error, target);
  const database = new ServerDatabase(
    pool,
    new ServerListener(config, describeFailure),
    target,
    describeTarget(target),
  );
  try {
    await database.query('SELECT 1');
  } catch (error) {
    await pool.end();
    throw error;
  }
  return database;
}
