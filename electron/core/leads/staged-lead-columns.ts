import type { SqlValue } from '../platform/store/sql';
import { LEAD_TABLE, SQL_TYPES } from './lead-columns';
import type { StagedColumn, StagedFields } from './lead-column-types';

/** The columns a new lead is written with, in the table's order. */
export const STAGED_LEAD_COLUMNS = LEAD_TABLE.filter(
  (column): column is StagedColumn => 'staged' in column,
);

export const STAGED_LEAD_COLUMN_NAMES = STAGED_LEAD_COLUMNS.map((column) => column.name);

/** A new lead's values in STAGED_LEAD_COLUMNS' order. */
export function stagedValues(fields: StagedFields): SqlValue[] {
  return STAGED_LEAD_COLUMNS.map((column) =>
    column.kind === 'json' ? JSON.stringify(fields[column.field]) : fields[column.field],
  );
}

/** The column in the staging table: the leads table's type and NOT NULL; no default (the import gives all). */
export function stagingDefinition(column: StagedColumn): string {
  return `${column.name} ${SQL_TYPES[column.kind]}${'notNull' in column ? ' NOT NULL' : ''}`;
}
