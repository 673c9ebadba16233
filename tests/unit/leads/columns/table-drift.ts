import type { Database } from 'sql.js';
import { SQL_TYPES, type LeadColumn } from '../../../../electron/core/leads/lead-columns';

/** A column as PRAGMA table_info reports it. */
export interface TableColumn {
  name: string;
  type: string;
  notnull: number;
  dflt_value: string | null;
  pk: number;
}

export function tableColumns(db: Database, table: string): TableColumn[] {
  const [result] = db.exec(`PRAGMA table_info(${table})`);
  return (result?.values ?? []).map(([, name, type, notnull, dflt, pk]) => ({
    name: String(name),
    type: String(type),
    notnull: Number(notnull),
    dflt_value: dflt === null ? null : String(dflt),
    pk: Number(pk),
  }));
}

/** The column of the leads table as the declaration has it. */
export function declaredColumn(column: LeadColumn): TableColumn {
  return {
    name: column.name,
    type: SQL_TYPES[column.kind],
    notnull: column.notNull ? 1 : 0,
    dflt_value: column.default ?? null,
    pk: column.primaryKey ? 1 : 0,
  };
}

/** Where a table and its declaration differ, one sentence each; none when they agree. */
export function tableDrift(
  table: string,
  declared: readonly TableColumn[],
  live: readonly TableColumn[],
): string[] {
  const liveByName = new Map(live.map((column) => [column.name, column]));
  const declaredNames = new Set(declared.map((column) => column.name));
  const drift: string[] = [];
  for (const column of declared) {
    const found = liveByName.get(column.name);
    if (!found) {
      drift.push(`${table}.${column.name} is declared ${definition(column)} but not in the table`);
    } else if (definition(found) !== definition(column)) {
      drift.push(
        `${table}.${column.name} is declared ${definition(column)} but the table has ` +
          definition(found),
      );
    }
  }
  for (const column of live) {
    if (!declaredNames.has(column.name)) {
      drift.push(
        `${table}.${column.name} (${definition(column)}) is in the table but not declared`,
      );
    }
  }
  return drift;
}

function definition(column: TableColumn): string {
  return [
    column.type,
    column.pk ? 'PRIMARY KEY' : '',
    column.notnull ? 'NOT NULL' : '',
    column.dflt_value === null ? '' : `DEFAULT ${column.dflt_value}`,
  ]
    .filter(Boolean)
    .join(' ');
}
