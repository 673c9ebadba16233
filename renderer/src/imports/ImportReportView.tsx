import type { ImportReport } from '../../../shared/domain/import';
import { getBridge } from '../bridge/get-bridge';
import { useAction } from '../bridge/use-action';
import { ErrorText } from '../ui/ErrorText';
import { formatCount } from './format-size';
import { IssueTable } from './IssueTable';
import { reportTotals } from './report-view-model';
import { reportFileName, saveTextFile } from './save-text-file';

interface ImportReportViewProps {
  report: ImportReport;
  lateCancel: boolean;
  campaignName: string;
  onReviewHeld?: (() => void) | undefined;
  onOpenDialer?: (() => void) | undefined;
  onImportAnother: () => void;
}

/** Step 4: what the import did, row by row where something went wrong, and the CSV to keep. */
export function ImportReportView(props: ImportReportViewProps) {
  const { report } = props;
  const save = useAction();
  const saveCsv = async () => {
    const csv = await save.run(() => getBridge().imports.reportCsv(report.importId));
    if (csv !== null) saveTextFile(reportFileName(report.fileName), csv);
  };
  return (
    <div className="import-report" data-testid="import-report">
      <p className="file-facts">
        <strong>{report.fileName}</strong>
        <span className="muted">
          {' '}
          · into {props.campaignName} · {formatCount(report.summary.rowsRead)} rows in{' '}
          {(report.durationMs / 1000).toFixed(1)} s
        </span>
      </p>
      {props.lateCancel && (
        <p className="banner notice-banner" role="status">
          The import had already finished when the cancel reached it: these leads are imported.
        </p>
      )}
      <ul className="report-totals">
        {reportTotals(report).map((total) => (
          <li key={total.id} className={`report-total report-total-${total.id}`}>
            <span className="report-total-label">{total.label}</span>
            <span className="report-total-value" data-testid={`report-${total.id}`}>
              {formatCount(total.value)}
            </span>
            <span className="report-total-detail">{total.detail}</span>
          </li>
        ))}
      </ul>
      {report.summary.warnings.length > 0 && (
        <ul className="warning-list" aria-label="About the whole file">
          {report.summary.warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      )}
      <div className="step-actions">
        <button
          type="button"
          className="button"
          data-testid="save-report-csv"
          aria-disabled={save.busy ? 'true' : undefined}
          onClick={() => !save.busy && void saveCsv()}
        >
          Save report as CSV
        </button>
        {report.held > 0 && props.onReviewHeld && (
          <button type="button" className="button" onClick={props.onReviewHeld}>
            {report.held === 1
              ? 'Review the held lead'
              : `Review ${formatCount(report.held)} held leads`}
          </button>
        )}
        {props.onOpenDialer && (
          <button type="button" className="button button-primary" onClick={props.onOpenDialer}>
            Go to the dialer
          </button>
        )}
        <button type="button" className="button button-quiet" onClick={props.onImportAnother}>
          Import another file
        </button>
      </div>
      <ErrorText message={save.error} />
      <IssueTable issues={report.issues} issueCount={report.issueCount} />
    </div>
  );
}
