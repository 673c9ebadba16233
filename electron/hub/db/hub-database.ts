/** What the hub may bind to a statement's `$1, $2, …`. Booleans and JSON travel as text or numbers. */
export type DbValue = string | number | boolean | null;

export type DbRow = Record<string, unknown>;

export interface DbResult<Row extends DbRow = DbRow> {
  rows: Row[];
  /** Rows inserted, updated or deleted (0 for a SELECT on PGlite, the row count on a server). */
  affected: number;
}

/** Runs statements inside one transaction: the only way to query while `transaction()` runs. */
export interface DbTransaction {
  query<Row extends DbRow = DbRow>(
    text: string,
    params?: readonly DbValue[],
  ): Promise<DbResult<Row>>;
}

export type NotificationHandler = (payload: string) => void;

/**
 * The hub's one way to PostgreSQL, the same SQL on both adapters: PGlite in the hub's process
 * (embedded, the default) or a server through a pool. A promise that resolves means committed,
 * and on the embedded adapter also written to disk.
 */
export interface HubDatabase {
  readonly kind: 'embedded' | 'server';
  /** A human-readable place: the data folder, or host:port/database. */
  readonly location: string;
  query<Row extends DbRow = DbRow>(
    text: string,
    params?: readonly DbValue[],
  ): Promise<DbResult<Row>>;
  /** COMMIT when `fn` resolves, ROLLBACK when it throws (the error is rethrown). */
  transaction<T>(fn: (tx: DbTransaction) => Promise<T>): Promise<T>;
  /** Resolves once listening; the returned function stops this handler. */
  listen(channel: string, handler: NotificationHandler): Promise<() => Promise<void>>;
  notify(channel: string, payload: string): Promise<void>;
  close(): Promise<void>;
}
