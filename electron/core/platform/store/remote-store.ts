import { StoreDamagedError, StoreLockedError, StoreWriteFailedError } from './errors';
import type { SqlStatement } from './sql';
import type { CloseReport, Row, SnapshotStats, Store, StoreStats, WriteResult } from './store';
import type { SerializedError, StoreReply, StoreReplyValue, StoreRequest } from './store-protocol';

type RequestBody = StoreRequest extends infer R
  ? R extends { id: number }
    ? Omit<R, 'id'>
    : never
  : never;

export function reviveError(error: SerializedError): Error {
  switch (error.name) {
    case 'StoreDamagedError':
      return new StoreDamagedError(error.message, '');
    case 'StoreLockedError':
      return new StoreLockedError(error.message);
    case 'StoreWriteFailedError':
      return new StoreWriteFailedError(error.message);
    default:
      return Object.assign(new Error(error.message), { name: error.name });
  }
}

/** The main-thread side of a store whose engine runs elsewhere (a worker, or inline in tests). */
export class RemoteStore implements Store {
  private nextId = 1;
  private readonly pending = new Map<
    number,
    { resolve: (value: StoreReplyValue) => void; reject: (error: Error) => void }
  >();
  private closing: Promise<CloseReport> | null = null;

  constructor(private readonly send: (request: StoreRequest) => void) {}

  receive(reply: StoreReply): void {
    const waiter = this.pending.get(reply.id);
    if (!waiter) return;
    this.pending.delete(reply.id);
    if (reply.ok) waiter.resolve(reply.value);
    else waiter.reject(reviveError(reply.error));
  }

  /** The engine is gone (worker crashed): every waiting caller learns it. */
  failAll(error: Error): void {
    for (const waiter of this.pending.values()) waiter.reject(error);
    this.pending.clear();
  }

  async all<T extends object = Row>(statement: SqlStatement): Promise<T[]> {
    return (await this.request({ kind: 'all', statement })) as T[];
  }

  async get<T extends object = Row>(statement: SqlStatement): Promise<T | undefined> {
    const rows = await this.all<T>(statement);
    return rows[0];
  }

  async write(statements: SqlStatement | readonly SqlStatement[]): Promise<WriteResult> {
    const list: readonly SqlStatement[] = Array.isArray(statements) ? statements : [statements];
    return (await this.request({ kind: 'write', statements: list })) as WriteResult;
  }

  async snapshot(): Promise<SnapshotStats> {
    return (await this.request({ kind: 'snapshot' })) as SnapshotStats;
  }

  async stats(): Promise<StoreStats> {
    return (await this.request({ kind: 'stats' })) as StoreStats;
  }

  close(): Promise<CloseReport> {
    this.closing ??= this.request({ kind: 'close' }).then((value) => value as CloseReport);
    return this.closing;
  }

  private request(body: RequestBody): Promise<StoreReplyValue> {
    if (this.closing) return Promise.reject(new StoreWriteFailedError('The store is closed.'));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.send({ ...body, id });
    });
  }
}
