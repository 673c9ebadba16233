import './reports.css';
import { useState } from 'react';
import type { AppInfo } from '../../../shared/domain/app-info';
import { useNow } from '../app/use-now';
import { ScreenPage } from '../ui/ScreenPage';
import { isoWeekRange } from './my-week-range';
import { ReportSection } from './ReportSection';
import { ReportZone } from './ReportZone';
import { TrendCard } from './TrendCard';
import { useKpiReport } from './use-kpi-report';

const MY_WEEK_KPIS = ['dials', 'conversionRate', 'medianResponse', 'contactRate'] as const;

/**
 * The rep's own week, day by day, from the rep's own store: it works without a hub. A report is
 * a snapshot, so Refresh reads it again after more calls.
 */
export function MyWeekScreen({ info, clockOffset }: { info: AppInfo; clockOffset: number }) {
  const [offset, setOffset] = useState(0);
  const now = useNow(60_000, clockOffset);
  const week = isoWeekRange(now, info.repTimeZone, offset);
  const { state, refresh } = useKpiReport('mine', {
    from: week.from,
    to: week.to,
    period: 'day',
    breakdown: null,
  });
  return (
    <ScreenPage
      title="My week"
      summary={<ReportZone state={state} owner="your" />}
      actions={
        <div className="my-week-nav" role="group" aria-label="Which week">
          <button
            type="button"
            className="button button-small"
            data-testid="my-week-previous"
            onClick={() => setOffset(offset - 1)}
          >
            Previous week
          </button>
          <span data-testid="my-week-label">{week.label}</span>
          <button
            type="button"
            className="button button-small"
            data-testid="my-week-next"
            disabled={offset >= 0}
            onClick={() => setOffset(offset + 1)}
          >
            Next week
          </button>
          <button
            type="button"
            className="button button-small"
            data-testid="my-week-refresh"
            onClick={refresh}
          >
            Refresh
          </button>
        </div>
      }
    >
      <div className="reports" data-testid="my-week-screen">
        <ReportSection state={state} what="your week">
          {(report) => (
            <TrendCard
              report={report}
              title="Your days"
              choices={MY_WEEK_KPIS}
              exportName="my-week"
              testId="my-week-card"
            />
          )}
        </ReportSection>
      </div>
    </ScreenPage>
  );
}
