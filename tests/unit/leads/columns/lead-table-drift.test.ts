import type { Database } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { LEAD_TABLE, type LeadColumn } from '../../../../electron/core/leads/lead-columns';
import { STAGED_LEAD_COLUMNS } from '../../../../electron/core/leads/staged-lead-columns';
import { migratedDbWithStaging } from './migrated-db';
import { declaredColumn, tableColumns, tableDrift, type TableColumn } from './table-drift';

// Migrations are history and cannot follow the declaration, so the declaration follows them:
// these fail as soon as the two disagree on a column's name, type, NOT NULL or default.
describe('the lead columns declaration against the migrated schema', () => {
  let db: Database;
  beforeAll(async () => {
    db = await migratedDbWithStaging();
  });

  const leadsDrift = (declaration: readonly LeadColumn[]) =>
    tableDrift('leads', declaration.map(declaredColumn), tableColumns(db, 'leads'));

  it('matches the leads table column for column', () => {
    expect(leadsDrift(LEAD_TABLE)).toEqual([]);
  });

  it('matches the staging table: its own three columns, then the staged ones as the leads table types them, no defaults', () => {
    const stagingOnly: TableColumn[] = [
      { name: 'source_row', type: 'INTEGER', notnull: 0, dflt_value: null, pk: 1 },
      { name: 'kind', type: 'TEXT', notnull: 1, dflt_value: null, pk: 0 },
      { name: 'merge_into', type: 'INTEGER', notnull: 0, dflt_value: null, pk: 0 },
    ];
    const staged = STAGED_LEAD_COLUMNS.map((column) => ({
      ...declaredColumn(column),
      dflt_value: null,
    }));
    const live = tableColumns(db, 'import_rows');
    expect(tableDrift('import_rows', [...stagingOnly, ...staged], live)).toEqual([]);
    expect(live.map((column) => column.name)).toEqual([
      ...stagingOnly.map((column) => column.name),
      ...staged.map((column) => column.name),
    ]);
  });

  describe('probe: the check fails when one side drifts', () => {
    it('a column declared but not migrated', () => {
      const added: LeadColumn = { name: 'nickname', field: 'nickname', kind: 'text' };
      expect(leadsDrift([...LEAD_TABLE, added])).toEqual([
        'leads.nickname is declared TEXT but not in the table',
      ]);
    });

    it('a column migrated but not declared', () => {
      expect(leadsDrift(LEAD_TABLE.filter((column) => column.name !== 'hold_reason'))).toEqual([
        'leads.hold_reason (TEXT) is in the table but not declared',
      ]);
    });

    it('a column whose type, NOT NULL or default differs', () => {
      const changed = LEAD_TABLE.map((column): LeadColumn => {
        if (column.name === 'email') return { ...column, notNull: true };
        if (column.name === 'attempt_count') return { ...column, default: '1' };
        if (column.name === 'owner') return { ...column, kind: 'integer' };
        return column;
      });
      expect(leadsDrift(changed)).toEqual([
        'leads.email is declared TEXT NOT NULL but the table has TEXT',
        'leads.owner is declared INTEGER but the table has TEXT',
        'leads.attempt_count is declared INTEGER NOT NULL DEFAULT 1 but the table has ' +
          'INTEGER NOT NULL DEFAULT 0',
      ]);
    });
  });
});
