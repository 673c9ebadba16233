import { useState } from 'react';
import type { KpiReport } from '../../../shared/reports/kpi-report';
import { saveTextFile } from '../imports/save-text-file';
import { groupLabel } from './chart-points';
import { groupTrend } from './group-trend-points';
import { KpiGroupTrendChart } from './KpiGroupTrendChart';
import { KpiPicker } from './KpiPicker';
import { ROW_HEADERS, TREND_KPIS } from './report-choices';
import { reportColumn, type ReportColumnId } from './report-columns';
import { reportCsv, reportFileName } from './report-csv';
import { reportTable } from './report-table';
import { ReportCard } from './ReportCard';

/** Each rep, source or campaign per day or week: a line each, and every KPI per row. */
export function GroupTrendCard({ report }: { report: KpiReport }) {
  const [kpi, setKpi] = useState<ReportColumnId>(TREND_KPIS[0] ?? 'dials');
  const column = reportColumn(kpi);
  const period = report.query.period ?? 'week';
  const breakdown = report.query.breakdown ?? 'rep';
  const header = `${ROW_HEADERS[period]} · ${ROW_HEADERS[breakdown]}`;
  const table = reportTable(
    header,
    report.rows,
    report.totals,
    (row) => `${row.period ?? ''} · ${groupLabel(row)}`,
  );
  const title = `Each ${ROW_HEADERS[breakdown].toLowerCase()} by ${period === 'week' ? 'ISO week' : 'day'}`;
  const { from, to } = report.query;
  return (
    <ReportCard
      title={title}
      testId="report-group-trend-card"
      picker={
        <KpiPicker
          label={`${title}: chart shows`}
          choices={TREND_KPIS}
          value={kpi}
          onChange={setKpi}
          testId="report-group-trend-kpi"
        />
      }
      chart={
        <KpiGroupTrendChart
          trend={groupTrend(report.rows, column)}
          column={column}
          title={`${column.shortLabel}, ${title.toLowerCase()}`}
        />
      }
      table={table}
      charted={kpi}
      onExport={() =>
        saveTextFile(reportFileName(`${breakdown}-by-${period}`, from, to), reportCsv(table))
      }
    />
  );
}
