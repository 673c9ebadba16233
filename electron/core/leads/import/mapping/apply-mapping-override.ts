import { DomainError } from '../../../../../shared/result';
import type { ColumnMapping, ColumnTarget, MappedColumn, MappingOverride } from './column-mapping';
import { customFieldKey } from './header-keys';
import { uniqueKey, SECOND_GUESS_CONFIDENCE } from './propose-column-mapping';

/**
 * Lays the user's corrections over a proposal. The user wins: a field they give to a column is
 * taken from any column the proposal had given it to, which becomes a custom field. An override made
 * for another layout is refused, since its column positions would point at the wrong data.
 */
export function applyMappingOverride(
  proposal: ColumnMapping,
  override: MappingOverride,
): ColumnMapping {
  if (override.signature !== proposal.signature) {
    throw new DomainError(
      'invalid-argument',
      'The saved column mapping was made for files with different headers; review the mapping again.',
    );
  }
  const chosen = new Map<number, ColumnTarget>();
  for (const { index, target } of override.columns) {
    if (!Number.isInteger(index) || index < 0 || index >= proposal.columns.length) {
      throw new DomainError(
        'invalid-argument',
        `The mapping names column ${index + 1}, which the file does not have.`,
      );
    }
    chosen.set(index, target);
  }
  const fieldsChosen = new Set(
    [...chosen.values()].flatMap((target) => (target.kind === 'field' ? [target.field] : [])),
  );
  if (fieldsChosen.size !== [...chosen.values()].filter((t) => t.kind === 'field').length) {
    throw new DomainError('invalid-argument', 'The mapping gives the same field to two columns.');
  }

  const usedKeys = new Set<string>();
  const columns: MappedColumn[] = proposal.columns.map((column) => {
    const target = chosen.get(column.index);
    if (target) return { ...column, target: normalizeTarget(target, usedKeys), confidence: 1 };
    if (column.target.kind === 'field' && fieldsChosen.has(column.target.field)) {
      return {
        ...column,
        target: { kind: 'custom', key: uniqueKey(customFieldKey(column.header), usedKeys) },
        confidence: SECOND_GUESS_CONFIDENCE,
      };
    }
    if (column.target.kind === 'custom') {
      return { ...column, target: { kind: 'custom', key: uniqueKey(column.target.key, usedKeys) } };
    }
    return column;
  });
  return { signature: proposal.signature, columns };
}

function normalizeTarget(target: ColumnTarget, usedKeys: Set<string>): ColumnTarget {
  if (target.kind !== 'custom') return target;
  return { kind: 'custom', key: uniqueKey(customFieldKey(target.key), usedKeys) };
}
