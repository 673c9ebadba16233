import {
  choiceOf,
  FIELD_LABELS,
  TARGET_CHOICES,
  targetFor,
  type TargetChoice,
} from './column-targets';
import type { ConfidenceLevel, ReviewedColumn } from './mapping-review';
import type { ColumnTarget } from '../../../shared/domain/import';
import { normalizeFieldName } from '../../../shared/scripts';

interface MappingRowProps {
  column: ReviewedColumn;
  samples: readonly string[];
  /** The field this column's proposal gave it, shown when the user changed it. */
  proposed: ColumnTarget | null;
  onChoose: (target: ColumnTarget) => void;
}

const LEVEL_TEXT: Record<ConfidenceLevel, string> = {
  chosen: 'Your choice',
  high: 'Sure',
  medium: 'Likely',
  low: 'Guess',
};

/** One column of the file: its header, a few of its values, where it goes and how sure that is. */
export function MappingRow({ column, samples, proposed, onChoose }: MappingRowProps) {
  const selectId = `mapping-target-${column.index}`;
  return (
    <tr
      data-testid={`mapping-row-${column.index}`}
      className={column.target.kind === 'ignore' ? 'is-ignored' : undefined}
    >
      <th scope="row" className="mapping-header">
        <label htmlFor={selectId}>
          {column.header || <span className="muted">(no header)</span>}
        </label>
        <span className="muted mapping-position">column {column.index + 1}</span>
      </th>
      <td className="mapping-samples">
        {samples.length === 0 ? (
          <span className="muted">empty in the first rows</span>
        ) : (
          samples.map((sample) => (
            <span key={sample} className="sample-value" title={sample}>
              {sample}
            </span>
          ))
        )}
      </td>
      <td>
        <select
          id={selectId}
          className="text-input mapping-select"
          data-testid={selectId}
          value={choiceOf(column.target)}
          onChange={(event) =>
            onChoose(targetFor(event.target.value as TargetChoice, column.header))
          }
        >
          {TARGET_CHOICES.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
        {column.lostFieldTo && (
          <span className="mapping-note">
            Kept as a custom field: you gave its field to “{column.lostFieldTo}”.
          </span>
        )}
        {column.target.kind === 'custom' && !column.lostFieldTo && (
          <span className="mapping-note muted">
            In scripts as {'{{'}
            {normalizeFieldName(column.target.key)}
            {'}}'}
          </span>
        )}
        {column.level === 'chosen' && proposed && (
          <span className="mapping-note muted">Proposed: {proposedLabel(proposed)}</span>
        )}
      </td>
      <td>
        <span
          className={`confidence confidence-${column.level}`}
          data-testid={`mapping-confidence-${column.index}`}
          title={
            column.level === 'chosen' ? undefined : `${Math.round(column.confidence * 100)} % sure`
          }
        >
          {LEVEL_TEXT[column.level]}
        </span>
      </td>
    </tr>
  );
}

function proposedLabel(target: ColumnTarget): string {
  if (target.kind === 'field') return FIELD_LABELS[target.field];
  return target.kind === 'custom' ? 'custom field' : 'ignore';
}
