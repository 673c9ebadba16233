import initSqlJs, { type Database } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_LEAD_SEARCH } from '../../../../shared/domain/lead-search';
import {
  indexedPageStatement,
  searchPageStatement,
} from '../../../../electron/core/leads/search/search-sql';
import { MIGRATIONS } from '../../../../electron/core/platform/store/migrations';
import { migrate } from '../../../../electron/core/platform/store/migrations/migrate';
import type { SqlStatement } from '../../../../electron/core/platform/store';

describe('query plans of the lead search (migration 6)', () => {
  let db: Database;
  const plan = (statement: SqlStatement): string[] =>
    (db.exec(`EXPLAIN QUERY PLAN ${statement.text}`, [...statement.params])[0]?.values ?? []).map(
      (row) => String(row[3]),
    );
  beforeAll(async () => {
    const SQL = await initSqlJs();
    db = new SQL.Database();
    migrate(db, MIGRATIONS);
  });

  it('a text search, newest first, is answered by the index with its count; leads read by id', () => {
    const statement = indexedPageStatement({ ...EMPTY_LEAD_SEARCH, text: 'grace ki' });
    if (!statement) throw new Error('expected the index to answer it');
    expect(plan(statement)).toEqual([
      'CO-ROUTINE hits',
      'CO-ROUTINE (subquery-3)',
      'SCAN lead_search VIRTUAL TABLE INDEX 8:',
      'SCAN (subquery-3)',
      // The matches' ids only (the count needs them all); leads are read for the page alone.
      'USE TEMP B-TREE FOR ORDER BY',
      'SCAN hits',
      'SEARCH leads USING INTEGER PRIMARY KEY (rowid=?)',
    ]);
  });

  it('a filtered search reads only the matches from leads, by id', () => {
    const query = {
      ...EMPTY_LEAD_SEARCH,
      text: '0176',
      statuses: ['new' as const],
      sort: 'name' as const,
    };
    expect(plan(searchPageStatement(query))).toEqual([
      'SEARCH leads USING INTEGER PRIMARY KEY (rowid=?)',
      'LIST SUBQUERY 1',
      'SCAN lead_search VIRTUAL TABLE INDEX 8:',
      'USE TEMP B-TREE FOR ORDER BY',
    ]);
  });
});
