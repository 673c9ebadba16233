import type {
  ColumnMapping,
  ColumnTarget,
  LeadField,
  MappingOverride,
} from '../../../shared/domain/import';
import { FIELD_LABELS } from './column-targets';

/** The user's corrections, by column position. */
export type MappingChoices = ReadonlyMap<number, ColumnTarget>;

export type ConfidenceLevel = 'chosen' | 'high' | 'medium' | 'low';

export interface ReviewedColumn {
  index: number;
  header: string;
  target: ColumnTarget;
  confidence: number;
  level: ConfidenceLevel;
  /** The header of the column the user gave this column's field to, which made it custom. */
  lostFieldTo: string | null;
}

export interface MappingProblems {
  /** The import cannot start until these are fixed. */
  blocking: string[];
  /** Worth knowing before importing. */
  warnings: string[];
}

/**
 * The mapping as it will be imported, the way the core lays corrections over its proposal: a
 * field the user gives to a column is taken from the column the proposal gave it to, which then
 * keeps its values as a custom field.
 */
export function reviewColumns(mapping: ColumnMapping, choices: MappingChoices): ReviewedColumn[] {
  const chosenFields = new Map<LeadField, number>();
  for (const [index, target] of choices) {
    if (target.kind === 'field') chosenFields.set(target.field, index);
  }
  return mapping.columns.map((column) => {
    const chosen = choices.get(column.index);
    if (chosen) {
      return { ...column, target: chosen, confidence: 1, level: 'chosen', lostFieldTo: null };
    }
    const takenBy =
      column.target.kind === 'field' ? chosenFields.get(column.target.field) : undefined;
    if (takenBy !== undefined) {
      return {
        ...column,
        target: { kind: 'custom', key: column.header },
        confidence: column.confidence,
        level: 'low',
        lostFieldTo: mapping.columns[takenBy]?.header ?? null,
      };
    }
    return { ...column, level: levelOf(column.confidence), lostFieldTo: null };
  });
}

export function levelOf(confidence: number): ConfidenceLevel {
  if (confidence >= 0.9) return 'high';
  if (confidence >= 0.6) return 'medium';
  return 'low';
}

/** The corrections to send with the commit; null when the user changed nothing. */
export function mappingOverride(
  mapping: ColumnMapping,
  choices: MappingChoices,
): MappingOverride | null {
  const columns = [...choices]
    .filter(([index, target]) => !sameTarget(mapping.columns[index]?.target, target))
    .map(([index, target]) => ({ index, target }))
    .sort((a, b) => a.index - b.index);
  return columns.length === 0 ? null : { signature: mapping.signature, columns };
}

/** What stops the import, and what the user should know before it runs. */
export function mappingProblems(columns: readonly ReviewedColumn[]): MappingProblems {
  const blocking: string[] = [];
  const warnings: string[] = [];
  const byField = new Map<LeadField, string[]>();
  for (const column of columns) {
    if (column.target.kind !== 'field') continue;
    const headers = byField.get(column.target.field) ?? [];
    byField.set(column.target.field, [...headers, column.header]);
  }
  for (const [field, headers] of byField) {
    if (headers.length > 1) {
      blocking.push(
        `${FIELD_LABELS[field]} is chosen for ${headers.length} columns (${headers.map((h) => `“${h}”`).join(', ')}): keep it on one.`,
      );
    }
  }
  const has = (field: LeadField) => byField.has(field);
  if (!has('phone') && !has('mobile')) {
    blocking.push(
      'No column is mapped to Phone or Mobile: a lead without a number cannot be dialed.',
    );
  }
  if (!has('firstName') && !has('lastName') && !has('fullName') && !has('company')) {
    warnings.push('No name or company column: the leads will show as “Unnamed lead”.');
  }
  if (!has('createdAt')) {
    warnings.push(
      'No created date: every lead’s speed-to-lead clock starts at the import, so old leads look fresh.',
    );
  }
  return { blocking, warnings };
}

/** Whether a choice says what the proposal said (a custom column's name is the core's to pick). */
export function sameTarget(a: ColumnTarget | undefined, b: ColumnTarget): boolean {
  if (!a || a.kind !== b.kind) return false;
  return a.kind !== 'field' || b.kind !== 'field' || a.field === b.field;
}

/** Up to `count` distinct non-empty values of a column from the sample rows, as in the file. */
export function columnSamples(
  rows: readonly (readonly string[])[],
  index: number,
  count = 3,
): string[] {
  const values: string[] = [];
  for (const row of rows) {
    const value = (row[index] ?? '').trim();
    if (value !== '' && !values.includes(value)) values.push(value);
    if (values.length === count) break;
  }
  return values;
}
