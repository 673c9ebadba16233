import type { LeadStatus } from '../../../shared/domain/lead';
import type { LEAD_TABLE, ColumnKind, LeadColumn } from './lead-columns';

type Column = (typeof LEAD_TABLE)[number];

/** The columns of the Lead itself (the queue's two are read and written by the queue). */
export type LeadFieldColumn = Exclude<Column, { queue: true }>;
/** The columns a new lead is written with. */
export type StagedColumn = Extract<Column, { staged: 'file' | 'import' }>;
export type ExportedColumn = Extract<LeadFieldColumn, { exportAt: number }>;

type Nullable<C extends LeadColumn> = C extends { notNull: true } | { primaryKey: true }
  ? never
  : null;
type SqlBase<K extends ColumnKind> = K extends 'integer' | 'time' ? number : string;
type FieldBase<K extends ColumnKind> = K extends 'json'
  ? Record<string, string>
  : K extends 'status'
    ? LeadStatus
    : SqlBase<K>;

/** What SQLite holds in the column. */
export type SqlValueOf<C extends LeadColumn> = SqlBase<C['kind']> | Nullable<C>;
/** What the column's field holds. */
export type FieldValueOf<C extends LeadColumn> = FieldBase<C['kind']> | Nullable<C>;

/** A leads row as `SELECT ${LEAD_COLUMNS}` reads it. */
export type LeadRow = { [C in LeadFieldColumn as C['name']]: SqlValueOf<C> };
/** The Lead as the declaration has it; a test holds it equal to shared/domain/lead.ts's Lead. */
export type DeclaredLead = { [C in LeadFieldColumn as C['field']]: FieldValueOf<C> };
/** Everything a new lead is written with. */
export type StagedFields = { [C in StagedColumn as C['field']]: FieldValueOf<C> };
/** The fields a lead file gives a lead. */
export type LeadFileField = Extract<Column, { staged: 'file' }>['field'];
