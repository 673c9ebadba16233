import { describe, expect, it } from 'vitest';
import { HubDatabaseError, type HubDatabase } from '../../../electron/hub/db';
import { ADAPTERS, useHubDatabases } from '../../support/hub-db-fixture';

const CREATE = 'CREATE TABLE items (id BIGINT PRIMARY KEY, label TEXT, flag BOOLEAN, at BIGINT)';

const labels = async (db: HubDatabase) =>
  (await db.query<{ label: string }>('SELECT label FROM items ORDER BY id')).rows.map(
    (row) => row.label,
  );

/** A promise and the function that settles it: tests wait on signals, never on time. */
function signal<T = void>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}

describe.each(ADAPTERS)('the hub database port, %s adapter', (kind) => {
  const fixture = useHubDatabases(kind);

  it('binds parameters and reads BIGINT as a number, booleans and NULL as such', async () => {
    const db = await fixture.open();
    await db.query(CREATE);
    const inserted = await db.query('INSERT INTO items VALUES ($1, $2, $3, $4), ($5, $6, $7, $8)', [
      1,
      "it's $2 -- not SQL",
      true,
      1_767_225_600_000,
      2,
      null,
      false,
      null,
    ]);
    expect(inserted.affected).toBe(2);
    const { rows } = await db.query('SELECT * FROM items WHERE id >= $1 ORDER BY id', [1]);
    expect(rows).toEqual([
      { id: 1, label: "it's $2 -- not SQL", flag: true, at: 1_767_225_600_000 },
      { id: 2, label: null, flag: false, at: null },
    ]);
  });

  it('commits a transaction when its function resolves, and returns its value', async () => {
    const db = await fixture.open();
    await db.query(CREATE);
    const value = await db.transaction(async (tx) => {
      await tx.query('INSERT INTO items (id, label) VALUES (1, $1)', ['a']);
      await tx.query('INSERT INTO items (id, label) VALUES (2, $1)', ['b']);
      return (await tx.query<{ n: number }>('SELECT count(*) AS n FROM items')).rows[0]?.n;
    });
    expect(value).toBe(2);
    expect(await labels(db)).toEqual(['a', 'b']);
  });

  it('rolls a transaction back when its function throws, and rethrows the error', async () => {
    const db = await fixture.open();
    await db.query(CREATE);
    const failure = new Error('the caller changed its mind');
    await expect(
      db.transaction(async (tx) => {
        await tx.query('INSERT INTO items (id, label) VALUES (1, $1)', ['a']);
        throw failure;
      }),
    ).rejects.toBe(failure);
    await expect(
      db.transaction(async (tx) => {
        await tx.query('INSERT INTO items (id, label) VALUES (2, $1)', ['b']);
        await tx.query('INSERT INTO items (id, label) VALUES (2, $1)', ['again']);
      }),
    ).rejects.toMatchObject({ code: '23505' });
    expect(await labels(db)).toEqual([]);
    await db.query('INSERT INTO items (id, label) VALUES (3, $1)', ['c']);
    expect(await labels(db)).toEqual(['c']);
  });

  it('keeps other callers out of an open transaction, and lets them run beside it', async () => {
    const db = await fixture.open();
    await db.query(CREATE);
    const entered = signal();
    const goOn = signal();
    const tx = db.transaction(async (t) => {
      await t.query('INSERT INTO items (id, label) VALUES (1, $1)', ['inside']);
      entered.resolve();
      await goOn.promise;
      throw new Error('roll back');
    });
    await entered.promise;
    const outside = db.query('INSERT INTO items (id, label) VALUES (2, $1)', ['outside']);
    const seen = db.query<{ label: string }>('SELECT label FROM items');
    goOn.resolve();
    await expect(tx).rejects.toThrow('roll back');
    await outside;
    expect((await seen).rows.map((row) => row.label)).not.toContain('inside');
    expect(await labels(db)).toEqual(['outside']);
  });

  it('runs many concurrent calls, each once, none lost to another caller’s rollback', async () => {
    const db = await fixture.open();
    await db.query('CREATE TABLE log (n INTEGER NOT NULL, k BIGINT GENERATED ALWAYS AS IDENTITY)');
    const calls = Array.from({ length: 60 }, (_, n) =>
      n % 3 === 0
        ? db.transaction(async (tx) => {
            await tx.query('INSERT INTO log (n) VALUES ($1)', [n]);
            if (n % 9 === 0) throw new Error(`rollback ${n}`);
          })
        : db.query('INSERT INTO log (n) VALUES ($1)', [n]),
    );
    const results = await Promise.allSettled(calls);
    const kept = results.flatMap((result, n) => (result.status === 'fulfilled' ? [n] : []));
    expect(kept).toEqual(Array.from({ length: 60 }, (_, n) => n).filter((n) => n % 9 !== 0));
    const rows = (await db.query<{ n: number }>('SELECT n FROM log ORDER BY k')).rows;
    const stored = rows.map((row) => row.n);
    // PGlite has one connection: the queue runs calls in the order they were made.
    if (kind === 'embedded') expect(stored).toEqual(kept);
    else expect([...stored].sort((a, b) => a - b)).toEqual(kept);
  });

  it('refuses the database itself inside transaction(), in words', async () => {
    const db = await fixture.open();
    await expect(db.transaction(() => db.query('SELECT 1'))).rejects.toThrow(
      "query() was called inside transaction(): use the transaction's tx.query instead",
    );
    expect((await db.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
  });

  it('delivers a notification to each listener, after COMMIT and never after ROLLBACK', async () => {
    const db = await fixture.open();
    const first: string[] = [];
    const second: string[] = [];
    const arrived = { first: signal(), second: signal() };
    const stopFirst = await db.listen('hub_events', (payload) => {
      first.push(payload);
      if (payload === 'last') arrived.first.resolve();
    });
    await db.listen('hub_events', (payload) => {
      second.push(payload);
      if (payload === 'after stop') arrived.second.resolve();
    });
    await db.notify('hub_events', 'plain');
    await db.transaction(async (tx) => {
      await tx.query('SELECT pg_notify($1, $2)', ['hub_events', 'committed']);
    });
    await expect(
      db.transaction(async (tx) => {
        await tx.query('SELECT pg_notify($1, $2)', ['hub_events', 'rolled back']);
        throw new Error('no');
      }),
    ).rejects.toThrow('no');
    await db.notify('other_channel', 'elsewhere');
    await db.notify('hub_events', 'last');
    await arrived.first.promise;
    await stopFirst();
    await db.notify('hub_events', 'after stop');
    await arrived.second.promise;
    expect(first).toEqual(['plain', 'committed', 'last']);
    expect(second).toEqual(['plain', 'committed', 'last', 'after stop']);
  });

  it('refuses a channel name LISTEN could not take as it is', async () => {
    const db = await fixture.open();
    await expect(db.listen('Robert"; DROP TABLE x', () => undefined)).rejects.toThrow(
      /is not a channel name the hub uses/,
    );
  });

  it('refuses calls after close, in words', async () => {
    const db = await fixture.open();
    await db.close();
    await expect(db.query('SELECT 1')).rejects.toThrow('query() after the database was closed');
    await expect(db.query('SELECT 1')).rejects.toBeInstanceOf(HubDatabaseError);
  });
});
