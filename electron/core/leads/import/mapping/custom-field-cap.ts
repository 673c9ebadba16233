import { IMPORT_MAX_CUSTOM_FIELDS } from '../../../../../shared/domain/import';
import type { ColumnMapping, MappedColumn } from './column-mapping';

/** The custom-field columns past the first IMPORT_MAX_CUSTOM_FIELDS, which are not imported. */
export function customColumnsLeftOut(mapping: ColumnMapping): MappedColumn[] {
  return customColumns(mapping).slice(IMPORT_MAX_CUSTOM_FIELDS);
}

/** Which columns the cap leaves out and what to do about it; null when every one fits. */
export function customFieldCapWarning(mapping: ColumnMapping): string | null {
  const leftOut = customColumnsLeftOut(mapping);
  const first = leftOut[0];
  const last = leftOut.at(-1);
  if (!first || !last) return null;
  const total = customColumns(mapping).length;
  const which =
    leftOut.length === 1
      ? `1 column is not imported: ${describe(first)}`
      : `${count(leftOut.length)} columns are not imported: every custom field from ` +
        `${describe(first)} to ${describe(last)}`;
  return (
    `${which}. A file can add at most ${IMPORT_MAX_CUSTOM_FIELDS} custom fields and this one has ` +
    `${count(total)}. To keep ${leftOut.length === 1 ? 'it' : 'some of them'}, delete the ` +
    'columns you do not need from the file and import it again.'
  );
}

function customColumns(mapping: ColumnMapping): MappedColumn[] {
  return mapping.columns.filter((column) => column.target.kind === 'custom');
}

function describe(column: MappedColumn): string {
  return `“${column.header}” (column ${count(column.index + 1)})`;
}

function count(n: number): string {
  return n.toLocaleString('en-US');
}
