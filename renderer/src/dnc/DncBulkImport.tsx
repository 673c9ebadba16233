import { useState } from 'react';
import type { DncTextImport } from '../../../shared/domain/dnc';
import { getBridge } from '../bridge/get-bridge';
import { useAction } from '../bridge/use-action';
import { formatCount } from '../imports/format-size';
import { ErrorText } from '../ui/ErrorText';
import { mergeBatchResults, splitIntoBatches } from './dnc-batches';

const SHOWN_REJECTIONS = 50;

/** A list of numbers from a file (one per line, or a CSV's first column), with one reason. */
export function DncBulkImport({ onImported }: { onImported: () => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [reason, setReason] = useState('');
  const [result, setResult] = useState<DncTextImport | null>(null);
  const action = useAction();
  const canImport = file !== null && reason.trim() !== '' && !action.busy;

  const importFile = async () => {
    if (!file) return;
    setResult(null);
    const batches = splitIntoBatches(await file.text());
    const answers = [];
    for (const batch of batches) {
      const answer = await action.run(() => getBridge().dnc.importText(batch.text, reason.trim()));
      if (answer === null) break;
      answers.push({ result: answer, lineOffset: batch.lineOffset });
    }
    setResult(mergeBatchResults(answers));
    onImported();
  };

  return (
    <form
      className="panel dnc-bulk"
      aria-labelledby="dnc-bulk-title"
      onSubmit={(event) => {
        event.preventDefault();
        if (canImport) void importFile();
      }}
    >
      <h2 id="dnc-bulk-title" className="panel-title">
        Import a list
      </h2>
      <label className="field">
        <span className="field-label">
          File: one number per line, or a CSV whose first column is the number
        </span>
        <input
          type="file"
          className="text-input"
          data-testid="dnc-import-file"
          accept=".csv,.txt,text/csv,text/plain"
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            setResult(null);
          }}
        />
      </label>
      <label className="field">
        <span className="field-label">Reason for every number</span>
        <input
          className="text-input"
          maxLength={200}
          placeholder="National DNC registry download, December"
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
      </label>
      <button type="submit" className="button" aria-disabled={canImport ? undefined : 'true'}>
        {action.busy ? 'Importing…' : 'Import the numbers'}
      </button>
      <ErrorText message={action.error} />
      {result && (
        <div className="dnc-bulk-result" role="status">
          <p>
            {formatCount(result.added)} added · {formatCount(result.alreadyListed)} already listed ·{' '}
            {formatCount(result.rejected.length)} not numbers
          </p>
          {result.rejected.length > 0 && (
            <ul className="dnc-rejected">
              {result.rejected.slice(0, SHOWN_REJECTIONS).map((line) => (
                <li key={line.line}>
                  Line {line.line}: “{line.value}” — {line.reason}
                </li>
              ))}
              {result.rejected.length > SHOWN_REJECTIONS && (
                <li className="muted">
                  and {formatCount(result.rejected.length - SHOWN_REJECTIONS)} more
                </li>
              )}
            </ul>
          )}
        </div>
      )}
    </form>
  );
}
