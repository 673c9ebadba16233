import { useState } from 'react';
import type { KpiReport } from '../../../shared/reports/kpi-report';
import { trendPoints } from './chart-points';
import { KpiPicker } from './KpiPicker';
import { KpiTrendChart } from './KpiTrendChart';
import { ROW_HEADERS, TREND_KPIS } from './report-choices';
import { reportColumn, type ReportColumnId } from './report-columns';
import { reportCsv, reportFileName } from './report-csv';
import { reportTable } from './report-table';
import { ReportCard } from './ReportCard';
import { saveTextFile } from '../imports/save-text-file';

interface TrendCardProps {
  report: KpiReport;
  title: string;
  /** The KPIs the picker offers; the first is drawn until another is picked. */
  choices?: readonly ReportColumnId[];
  /** The file name's "what": "team-by-week", "my-week". */
  exportName: string;
  testId: string;
}

/** A KPI per day or week, its target drawn in, with every KPI per period in the table. */
export function TrendCard({
  report,
  title,
  choices = TREND_KPIS,
  exportName,
  testId,
}: TrendCardProps) {
  const [kpi, setKpi] = useState<ReportColumnId>(choices[0] ?? 'dials');
  const column = reportColumn(kpi);
  const period = report.query.period ?? 'week';
  const table = reportTable(
    ROW_HEADERS[period],
    report.rows,
    report.totals,
    (row) => row.period ?? '',
  );
  const { from, to } = report.query;
  return (
    <ReportCard
      title={title}
      testId={testId}
      picker={
        <KpiPicker
          label={`${title}: chart shows`}
          choices={choices}
          value={kpi}
          onChange={setKpi}
          testId={`${testId}-kpi`}
        />
      }
      chart={
        <KpiTrendChart
          points={trendPoints(report.rows, column)}
          column={column}
          title={`${column.shortLabel} by ${period}`}
        />
      }
      table={table}
      charted={kpi}
      onExport={() => saveTextFile(reportFileName(exportName, from, to), reportCsv(table))}
    />
  );
}
