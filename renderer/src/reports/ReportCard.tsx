import type { ReactNode } from 'react';
import type { ReportColumnId } from './report-columns';
import type { ReportTable as Table } from './report-table';
import { ReportTable } from './ReportTable';

interface ReportCardProps {
  title: string;
  /** The KPI picker for the chart. */
  picker: ReactNode;
  chart: ReactNode;
  table: Table;
  charted: ReportColumnId;
  /** Saves the table as CSV; absent where there is nothing to export. */
  onExport?: () => void;
  testId: string;
}

/** A chart with its table beside it: the same numbers, drawn and written. */
export function ReportCard(props: ReportCardProps) {
  const { title, picker, chart, table, charted, onExport, testId } = props;
  if (table.rows.length === 0) {
    return (
      <section className="panel report-card" aria-label={title} data-testid={testId}>
        <h2 className="panel-title">{title}</h2>
        <p className="muted report-empty" data-testid={`${testId}-empty`}>
          No dials and no new leads in this range: nothing to chart yet.
        </p>
      </section>
    );
  }
  return (
    <section className="panel report-card" aria-label={title} data-testid={testId}>
      <div className="report-card-head">
        <h2 className="panel-title">{title}</h2>
        {picker}
        {onExport && (
          <button
            type="button"
            className="button button-small report-export"
            data-testid={`${testId}-export`}
            onClick={onExport}
          >
            Export CSV
          </button>
        )}
      </div>
      <div className="report-card-body">
        <figure className="report-chart" data-testid={`${testId}-chart`}>
          {chart}
        </figure>
        <ReportTable table={table} caption={title} charted={charted} testId={`${testId}-table`} />
      </div>
    </section>
  );
}
