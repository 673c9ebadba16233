import type { LeadField } from './lead-fields';

/** Where one column of the file goes. */
export type ColumnTarget =
  | { kind: 'field'; field: LeadField }
  /** Kept on the lead under `key`, usable as a script merge field. */
  | { kind: 'custom'; key: string }
  | { kind: 'ignore' };

export interface MappedColumn {
  /** 0-based position in the file. */
  index: number;
  header: string;
  target: ColumnTarget;
  /**
   * 0..1, how sure the proposal is: 1 for a known CRM export header, 0.9 for a common synonym,
   * 0.6 for a match on words, 0.5 for a guess from the values or a column that lost its field to a
   * better match, 1 for a choice the user made.
   */
  confidence: number;
}

export interface ColumnMapping {
  /** headerSignature of the headers this mapping was made for. */
  signature: string;
  columns: MappedColumn[];
}

/** A corrected mapping the caller stored for a header signature (see applyMappingOverride). */
export interface MappingOverride {
  signature: string;
  columns: readonly { index: number; target: ColumnTarget }[];
}

export function columnForField(mapping: ColumnMapping, field: LeadField): MappedColumn | null {
  return (
    mapping.columns.find(
      (column) => column.target.kind === 'field' && column.target.field === field,
    ) ?? null
  );
}
