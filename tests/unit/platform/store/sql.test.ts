import { describe, expect, it } from 'vitest';
import { joinSql, sql, sqlList } from '../../../../electron/core/platform/store/sql';

describe('sql tag', () => {
  it('binds every interpolated value as a parameter', () => {
    const name = "Robert'); DROP TABLE leads;--";
    const statement = sql`SELECT * FROM leads WHERE first_name = ${name} AND attempt_count < ${3}`;
    expect(statement.text).toBe('SELECT * FROM leads WHERE first_name = ? AND attempt_count < ?');
    expect(statement.params).toEqual([name, 3]);
  });

  it('turns booleans into 0/1 and splices nested fragments with their parameters', () => {
    const filter = sql`status = ${'new'}`;
    const statement = sql`SELECT id FROM leads WHERE ${filter} AND flag = ${true} AND id IN (${sqlList([1, 2])})`;
    expect(statement.text).toBe(
      'SELECT id FROM leads WHERE status = ? AND flag = ? AND id IN (?, ?)',
    );
    expect(statement.params).toEqual(['new', 1, 1, 2]);
  });

  it('rejects undefined, which is always a bug', () => {
    expect(() => sql`SELECT ${undefined as unknown as string}`).toThrow(/parameter 1 is undefined/);
  });

  it('joins fragments with a separator', () => {
    const joined = joinSql([sql`a = ${1}`, sql`b = ${2}`], ' AND ');
    expect(joined).toEqual({ text: 'a = ? AND b = ?', params: [1, 2] });
  });
});
