import type { ColumnMapping, MappedColumn } from '../../../../../shared/domain/import';
import type { LeadField } from './lead-fields';

export type {
  ColumnMapping,
  ColumnTarget,
  MappedColumn,
  MappingOverride,
} from '../../../../../shared/domain/import';

export function columnForField(mapping: ColumnMapping, field: LeadField): MappedColumn | null {
  return (
    mapping.columns.find(
      (column) => column.target.kind === 'field' && column.target.field === field,
    ) ?? null
  );
}
