import type { Store } from '../../platform/store/store';
import { LEAD_TABLE, type ColumnKind } from '../lead-columns';
import type { ExportedColumn } from '../lead-column-types';
import { LeadRepository } from '../lead-repository';
import { isoOrEmpty, toCsv } from './csv-cells';

const EXPORTED = LEAD_TABLE.filter((column): column is ExportedColumn => 'exportAt' in column).sort(
  (a, b) => a.exportAt - b.exportAt,
);

export const LEAD_EXPORT_HEADER: readonly string[] = EXPORTED.map((column) =>
  'header' in column ? column.header : column.name,
);

/**
 * A custom field's column: "custom." and its key, as Close names custom fields, so a file's own
 * "Lead ID" never meets Dialdeck's lead_id under one name and Dialdeck's importer gives the column
 * its key back.
 */
export const CUSTOM_COLUMN_PREFIX = 'custom.';

/**
 * Every lead with its E.164 number, IANA zone and dialing history; custom fields as extra
 * columns, each header once.
 */
export async function exportLeadsCsv(store: Store): Promise<{ csv: string; rows: number }> {
  const leads = await new LeadRepository(store).all();
  const customKeys = [...new Set(leads.flatMap((lead) => Object.keys(lead.custom)))].sort();
  const cells = leads.map((lead) => [
    ...EXPORTED.map((column) => cell(column.kind, lead[column.field])),
    ...customKeys.map((key) => lead.custom[key] ?? ''),
  ]);
  const customHeaders = customKeys.map((key) => `${CUSTOM_COLUMN_PREFIX}${key}`);
  return { csv: toCsv([...LEAD_EXPORT_HEADER, ...customHeaders], cells), rows: cells.length };
}

function cell(kind: ColumnKind, value: string | number | null): string {
  if (kind === 'time') return isoOrEmpty(value as number | null);
  return value === null ? '' : String(value);
}
