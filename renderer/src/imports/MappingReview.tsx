import type { ColumnTarget, ImportPreview } from '../../../shared/domain/import';
import { describeOnClock } from '../outcomes/callback-presets';
import { ErrorText } from '../ui/ErrorText';
import { describeFile } from './file-facts';
import {
  columnSamples,
  mappingProblems,
  reviewColumns,
  type MappingChoices,
} from './mapping-review';
import { MappingRow } from './MappingRow';

interface MappingReviewProps {
  preview: ImportPreview;
  choices: MappingChoices;
  refusal: string | null;
  repTimeZone: string;
  onChoose: (index: number, target: ColumnTarget) => void;
  onCommit: () => void;
  onCancel: () => void;
}

/** Step 2: where each column goes, corrected by the user before anything is imported. */
export function MappingReview(props: MappingReviewProps) {
  const { preview, choices } = props;
  const columns = reviewColumns(preview.mapping, choices);
  const problems = mappingProblems(columns);
  const warnings = [...preview.warnings, ...problems.warnings];
  const canImport = problems.blocking.length === 0;
  return (
    <div className="mapping-review" data-testid="mapping-review">
      <p className="file-facts">
        <strong>{preview.fileName}</strong>
        {describeFile(preview).map((fact) => (
          <span key={fact} className="muted">
            {' '}
            · {fact}
          </span>
        ))}
      </p>
      {preview.remembered && (
        <p className="banner notice-banner">
          These columns use the mapping you confirmed on{' '}
          {describeOnClock(preview.remembered.savedAt, props.repTimeZone)} for files with the same
          headers.
        </p>
      )}
      {warnings.length > 0 && (
        <ul className="warning-list" aria-label="Worth knowing">
          {warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      )}
      <div className="table-scroll">
        <table className="data-table mapping-table">
          <thead>
            <tr>
              <th scope="col">Column in the file</th>
              <th scope="col">First values</th>
              <th scope="col">Import as</th>
              <th scope="col">Confidence</th>
            </tr>
          </thead>
          <tbody>
            {columns.map((column) => (
              <MappingRow
                key={column.index}
                column={column}
                samples={columnSamples(preview.sampleRows, column.index)}
                proposed={preview.mapping.columns[column.index]?.target ?? null}
                onChoose={(target) => props.onChoose(column.index, target)}
              />
            ))}
          </tbody>
        </table>
      </div>
      {problems.blocking.map((problem) => (
        <ErrorText key={problem} message={problem} />
      ))}
      <ErrorText message={props.refusal} />
      <div className="step-actions">
        <button
          type="button"
          className="button button-primary"
          data-testid="import-commit"
          aria-disabled={canImport ? undefined : 'true'}
          onClick={() => canImport && props.onCommit()}
        >
          Import the leads
        </button>
        <button type="button" className="button button-quiet" onClick={props.onCancel}>
          Cancel this import
        </button>
        <span className="muted">Nothing is imported until you confirm.</span>
      </div>
    </div>
  );
}
