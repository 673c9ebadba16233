import { describe, expect, it } from 'vitest';
import { GroupCommit } from '../../../electron/hub/db/group-commit';
import type { DbTransaction } from '../../../electron/hub/db';

/** A database whose transactions log their statements, committed or rolled back. */
function loggingDatabase() {
  const committed: string[][] = [];
  const db = {
    async transaction<T>(fn: (tx: DbTransaction) => Promise<T>): Promise<T> {
      const statements: string[] = [];
      const tx: DbTransaction = {
        query: <Row>(text: string) => {
          if (text.startsWith('FAIL')) return Promise.reject(new Error(`refused: ${text}`));
          statements.push(text);
          return Promise.resolve({ rows: [] as Row[], affected: 1 });
        },
      };
      const value = await fn(tx);
      committed.push(statements);
      return value;
    },
  };
  return { db, committed };
}

describe('GroupCommit', () => {
  it('runs the jobs that arrive while a transaction runs together in the next one', async () => {
    const { db, committed } = loggingDatabase();
    const group = new GroupCommit(db, { finish: (tx) => tx.query('NOTIFY').then(() => {}) });
    const first = group.run(async (tx) => (await tx.query('one'), 1));
    const rest = [2, 3, 4].map((n) => group.run(async (tx) => (await tx.query(`job ${n}`), n)));
    expect(await Promise.all([first, ...rest])).toEqual([1, 2, 3, 4]);
    expect(committed).toEqual([
      ['one', 'NOTIFY'],
      ['job 2', 'job 3', 'job 4', 'NOTIFY'],
    ]);
  });

  it('lets a failing job fail alone: its batch is tried again one job per transaction', async () => {
    const { db, committed } = loggingDatabase();
    const group = new GroupCommit(db);
    const first = group.run((tx) => tx.query('first'));
    const good = group.run((tx) => tx.query('good'));
    const bad = group.run((tx) => tx.query('FAIL bad'));
    const after = group.run((tx) => tx.query('after'));
    await first;
    await expect(bad).rejects.toThrow('refused: FAIL bad');
    await Promise.all([good, after]);
    // The failed batch left nothing: each good job committed once, on its own.
    expect(committed).toEqual([['first'], ['good'], ['after']]);
  });

  it('keeps each transaction to maxBatch jobs', async () => {
    const { db, committed } = loggingDatabase();
    const group = new GroupCommit(db, { maxBatch: 2 });
    await Promise.all([1, 2, 3, 4, 5].map((n) => group.run((tx) => tx.query(`job ${n}`))));
    expect(committed.map((statements) => statements.length)).toEqual([1, 2, 2]);
  });
});
