import { ProgressBar } from '../ui/ProgressBar';
import type { ImportProgress } from '../../../shared/domain/import';
import { formatBytes, formatCount } from './format-size';

interface UploadProgressProps {
  fileName: string;
  sentBytes: number;
  totalBytes: number;
  onCancel: () => void;
}

/** While the file travels to the core. */
export function UploadProgress({ fileName, sentBytes, totalBytes, onCancel }: UploadProgressProps) {
  return (
    <div className="import-progress">
      <ProgressBar
        label={`Uploading ${fileName}`}
        testId="import-upload-progress"
        value={sentBytes}
        max={Math.max(1, totalBytes)}
        detail={`${formatBytes(sentBytes)} of ${formatBytes(totalBytes)}`}
      />
      <div className="step-actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

interface CommitProgressProps {
  fileName: string;
  progress: ImportProgress | null;
  cancelling: boolean;
  onCancel: () => void;
}

/** While the core reads every row and writes the leads, all or nothing. */
export function CommitProgress({ fileName, progress, cancelling, onCancel }: CommitProgressProps) {
  const total = progress?.totalBytes ?? null;
  return (
    <div className="import-progress">
      <ProgressBar
        label={cancelling ? `Cancelling the import of ${fileName}…` : `Importing ${fileName}`}
        testId="import-commit-progress"
        value={progress && total ? progress.bytesRead : null}
        max={Math.max(1, total ?? 1)}
        detail={
          progress
            ? `${formatCount(progress.rowsRead)} rows read · ${formatCount(progress.leads)} leads · ${formatCount(progress.issues)} problems`
            : 'Starting…'
        }
      />
      <p className="muted">
        Nothing is saved until the last row is read: cancelling leaves your leads as they were.
      </p>
      <div className="step-actions">
        <button
          type="button"
          className="button"
          data-testid="import-cancel"
          aria-disabled={cancelling ? 'true' : undefined}
          onClick={() => !cancelling && onCancel()}
        >
          {cancelling ? 'Cancelling…' : 'Cancel import'}
        </button>
      </div>
    </div>
  );
}
