import './reports.css';
import { useState } from 'react';
import type { AppInfo } from '../../../shared/domain/app-info';
import type {
  KpiReportQuery,
  ReportBreakdown,
  ReportPeriod,
} from '../../../shared/reports/kpi-report';
import { ScreenPage } from '../ui/ScreenPage';
import { BreakdownCard } from './BreakdownCard';
import { GroupTrendCard } from './GroupTrendCard';
import { ReportControls } from './ReportControls';
import { checkRange, defaultRange, type RangeDraft } from './report-range';
import { ReportSection } from './ReportSection';
import { TrendCard } from './TrendCard';
import { useKpiReport } from './use-kpi-report';
import { ReportZone } from './ReportZone';

/**
 * The supervisor's Reports: the team's KPIs by day or ISO week over a range, and per rep, source
 * or campaign, each drawn and tabled. The numbers are the hub's report, shown as they come.
 */
export function ReportsScreen({ info }: { info: AppInfo }) {
  const [range, setRange] = useState<RangeDraft>(() => defaultRange(info.now, info.repTimeZone));
  const [period, setPeriod] = useState<ReportPeriod>('week');
  const [breakdown, setBreakdown] = useState<ReportBreakdown>('rep');
  const check = checkRange(range);
  const trendQuery: KpiReportQuery | null = check.ok
    ? { from: check.from, to: check.to, period, breakdown: null }
    : null;
  const breakdownQuery: KpiReportQuery | null = check.ok
    ? { from: check.from, to: check.to, period: null, breakdown }
    : null;
  const groupTrendQuery: KpiReportQuery | null = check.ok
    ? { from: check.from, to: check.to, period, breakdown }
    : null;
  const trend = useKpiReport('team', trendQuery);
  const groups = useKpiReport('team', breakdownQuery);
  const groupTrends = useKpiReport('team', groupTrendQuery);
  return (
    <ScreenPage title="Reports" summary={<ReportZone state={trend.state} owner="the team's" />}>
      <div className="reports" data-testid="reports-screen">
        <ReportControls
          range={range}
          check={check}
          period={period}
          breakdown={breakdown}
          onRange={setRange}
          onPeriod={setPeriod}
          onBreakdown={setBreakdown}
          onRefresh={() => {
            trend.refresh();
            groups.refresh();
            groupTrends.refresh();
          }}
        />
        <ReportSection state={trend.state} what="the team's trend">
          {(report) => (
            <TrendCard
              report={report}
              title={period === 'week' ? 'Team by ISO week' : 'Team by day'}
              exportName={`team-by-${period}`}
              testId="report-trend-card"
            />
          )}
        </ReportSection>
        <ReportSection state={groups.state} what={`the team by ${breakdown}`}>
          {(report) => <BreakdownCard report={report} />}
        </ReportSection>
        <ReportSection state={groupTrends.state} what={`each ${breakdown} by ${period}`}>
          {(report) => <GroupTrendCard report={report} />}
        </ReportSection>
      </div>
    </ScreenPage>
  );
}
