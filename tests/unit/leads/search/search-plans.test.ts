import initSqlJs, { type Database } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_LEAD_SEARCH } from '../../../../shared/domain/lead-search';
import {
  searchCountStatement,
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

  it('a text search, newest first, is answered by the index; leads are read by id for the page', () => {
    const query = { ...EMPTY_LEAD_SEARCH, text: 'grace ki' };
    expect(plan(searchPageStatement(query))).toEqual([
      'SEARCH leads USING INTEGER PRIMARY KEY (rowid=?)',
      'LIST SUBQUERY 1',
      // Matches come from the index newest first (docid descending): nothing to sort.
      'SCAN lead_search VIRTUAL TABLE INDEX 8:DESC',
    ]);
    expect(plan(searchCountStatement(query))).toEqual(['SCAN lead_search VIRTUAL TABLE INDEX 8:']);
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
