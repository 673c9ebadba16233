import initSqlJs from 'sql.js';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../../electron/core/platform/store/migrations';
import { migrate } from '../../../../electron/core/platform/store/migrations/migrate';
import { structureCheck } from '../../../../electron/core/platform/store/snapshot-load';

describe('the structure check of a snapshot', () => {
  it('passes a store whose search index lags its leads, which SQLite’s own quick_check fails', async () => {
    const SQL = await initSqlJs();
    const db = new SQL.Database();
    migrate(db, MIGRATIONS);
    db.run(`INSERT INTO campaigns (id, name, created_at) VALUES ('c', 'C', 0)`);
    db.run(`INSERT INTO leads (campaign_id, first_name, phone_e164, created_at, imported_at)
            VALUES ('c', 'Grace', '+13035550176', 0, 0)`);
    // The index takes the lead in after its write (LeadSearchIndexer): not yet here.
    expect(db.exec('PRAGMA quick_check')[0]?.values[0]?.[0]).toBe(
      'malformed inverted index for FTS4 table main.lead_search',
    );
    expect(structureCheck(db)).toBe('ok');
  });

  it('is SQLite’s quick_check itself for a schema without a virtual table', async () => {
    const SQL = await initSqlJs();
    const db = new SQL.Database();
    db.run('CREATE TABLE t (a INTEGER PRIMARY KEY, b TEXT UNIQUE)');
    db.run("INSERT INTO t (b) VALUES ('x')");
    expect(structureCheck(db)).toBe('ok');
  });
});
