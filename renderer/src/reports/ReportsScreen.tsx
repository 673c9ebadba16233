import './reports.css';
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

/** What the supervisor chose on the screen: kept by the workspace across its tabs. */
export interface ReportChoices {
  range: RangeDraft;
  period: ReportPeriod;
  breakdown: ReportBreakdown;
}

/** The screen's first view: the last eight ISO weeks, by week and by rep. */
export function defaultReportChoices(info: AppInfo): ReportChoices {
  return { range: defaultRange(info.now, info.repTimeZone), period: 'week', breakdown: 'rep' };
}

/**
 * The supervisor's Reports: the team's KPIs by day or ISO week over a range, and per rep, source
 * or campaign, each drawn and tabled. The numbers are the hub's report, shown as they come.
 */
export function ReportsScreen({
  choices,
  onChoices,
}: {
  choices: ReportChoices;
  onChoices: (choices: ReportChoices) => void;
}) {
  const { range, period, breakdown } = choices;
  const setRange = (next: RangeDraft) => onChoices({ ...choices, range: next });
  const setPeriod = (next: ReportPeriod) => onChoices({ ...choices, period: next });
  const setBreakdown = (next: ReportBreakdown) => onChoices({ ...choices, breakdown: next });
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
