import { useState } from 'react';
import type { KpiReport } from '../../../shared/reports/kpi-report';
import { saveTextFile } from '../imports/save-text-file';
import { barPoints, groupLabel } from './chart-points';
import { KpiBarChart } from './KpiBarChart';
import { KpiPicker } from './KpiPicker';
import { BAR_KPIS, ROW_HEADERS } from './report-choices';
import { reportColumn, type ReportColumnId } from './report-columns';
import { reportCsv, reportFileName } from './report-csv';
import { reportTable } from './report-table';
import { ReportCard } from './ReportCard';

/** The range's KPIs per rep, source or campaign: bars for one, the table for all. */
export function BreakdownCard({ report }: { report: KpiReport }) {
  const [kpi, setKpi] = useState<ReportColumnId>(BAR_KPIS[0] ?? 'dials');
  const column = reportColumn(kpi);
  const breakdown = report.query.breakdown ?? 'rep';
  const header = ROW_HEADERS[breakdown];
  const table = reportTable(header, report.rows, report.totals, groupLabel);
  const { from, to } = report.query;
  const title = `By ${header.toLowerCase()}`;
  return (
    <ReportCard
      title={title}
      testId="report-breakdown-card"
      picker={
        <KpiPicker
          label={`${title}: bars show`}
          choices={BAR_KPIS}
          value={kpi}
          onChange={setKpi}
          testId="report-breakdown-kpi"
        />
      }
      chart={
        <KpiBarChart
          points={barPoints(report.rows, column)}
          column={column}
          title={`${column.shortLabel} by ${header.toLowerCase()}`}
        />
      }
      table={table}
      charted={kpi}
      onExport={() => saveTextFile(reportFileName(`by-${breakdown}`, from, to), reportCsv(table))}
    />
  );
}
