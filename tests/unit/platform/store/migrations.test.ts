import initSqlJs from 'sql.js';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../../electron/core/platform/store/migrations';
import {
  migrate,
  schemaVersion,
} from '../../../../electron/core/platform/store/migrations/migrate';

async function freshDb() {
  const SQL = await initSqlJs();
  return new SQL.Database();
}

function schemaObjects(db: Awaited<ReturnType<typeof freshDb>>) {
  const rows = db.exec(
    "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name",
  );
  return (rows[0]?.values ?? []).map(([type, name]) => `${String(type)}:${String(name)}`);
}

function columns(db: Awaited<ReturnType<typeof freshDb>>, table: string): string[] {
  return (db.exec(`PRAGMA table_info(${table})`)[0]?.values ?? []).map((row) => String(row[1]));
}

describe('migrations', () => {
  it('replay from an empty database to the latest version', async () => {
    const db = await freshDb();
    expect(migrate(db, MIGRATIONS)).toBe(MIGRATIONS.length);
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    const objects = schemaObjects(db);
    expect(objects).toEqual(
      expect.arrayContaining([
        'table:campaigns',
        'table:leads',
        'table:attempts',
        'index:leads_by_campaign_phone',
        'index:attempts_by_rep_started',
      ]),
    );
    expect(columns(db, 'attempts')).toEqual(
      expect.arrayContaining([
        'lead_id',
        'rep_id',
        'outcome_code',
        'note',
        'callback_at',
        'provider_call_id',
        'answered_by',
        'not_on_the_line',
        'presented_caller_id',
      ]),
    );
  });

  // Data is never dropped: a table or column of version N is in every later version. An index
  // holds no data of its own, so a later migration may drop one that no query needs any more
  // (migration 5 drops two of the leads table's).
  it('never drop data: every table and column of version N survives version N+1', async () => {
    const db = await freshDb();
    let previousTables: string[] = [];
    let previousColumns = new Map<string, string[]>();
    for (let version = 1; version <= MIGRATIONS.length; version++) {
      migrate(db, MIGRATIONS.slice(0, version));
      const tables = schemaObjects(db).filter((o) => o.startsWith('table:'));
      expect(tables).toEqual(expect.arrayContaining(previousTables));
      for (const [table, cols] of previousColumns) {
        expect(columns(db, table)).toEqual(expect.arrayContaining(cols));
      }
      previousTables = tables;
      previousColumns = new Map(
        tables.map((o) => o.slice('table:'.length)).map((table) => [table, columns(db, table)]),
      );
    }
  });

  it('drop only the indexes no query needs: leads_by_phone and leads_by_status_created', async () => {
    const db = await freshDb();
    const dropped: string[] = [];
    let previous: string[] = [];
    for (let version = 1; version <= MIGRATIONS.length; version++) {
      migrate(db, MIGRATIONS.slice(0, version));
      const objects = schemaObjects(db);
      dropped.push(...previous.filter((o) => !objects.includes(o)));
      previous = objects;
    }
    expect(dropped).toEqual(['index:leads_by_phone', 'index:leads_by_status_created']);
  });

  it('is idempotent and refuses a database newer than the app', async () => {
    const db = await freshDb();
    migrate(db, MIGRATIONS);
    expect(migrate(db, MIGRATIONS)).toBe(MIGRATIONS.length);
    db.exec(`PRAGMA user_version = ${MIGRATIONS.length + 5}`);
    expect(() => migrate(db, MIGRATIONS)).toThrow(/newer than this Dialdeck/);
  });

  it('rolls a failing migration back and keeps the last good version', async () => {
    const db = await freshDb();
    const broken = [
      ...MIGRATIONS,
      {
        version: MIGRATIONS.length + 1,
        name: 'broken',
        statements: ['CREATE TABLE x (a)', 'NOT SQL'],
      },
    ];
    expect(() => migrate(db, broken)).toThrow(/broken\) failed/);
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    expect(schemaObjects(db)).not.toContain('table:x');
  });
});
