import type { KpiReport, KpiReportQuery } from '../../../shared/reports/kpi-report';
import { escapeHtml as e } from './html';
import { renderWeeklyPanel } from './render-weekly-panel';
import { weeklyComparison, weeklyPanelQuery } from './weekly-weeks';

/** What the panel needs of the hub's report service (electron/hub/reports). */
export interface WeeklyReportSource {
  readonly timeZone: string;
  kpis(query: KpiReportQuery): Promise<KpiReport>;
}

/**
 * The weekly panel's HTML now: the team's report for last week and this week. A report that
 * fails leaves the floor alone and says so in the panel.
 */
export async function weeklyPanelHtml(reports: WeeklyReportSource, now: number): Promise<string> {
  try {
    const report = await reports.kpis(weeklyPanelQuery(now, reports.timeZone));
    return renderWeeklyPanel(weeklyComparison(report, now));
  } catch (error) {
    return (
      '<section class="weekly" data-testid="wall-weekly"><h2>This week vs last week</h2>' +
      `<p class="quiet">The weekly numbers could not be read: ${e((error as Error).message)}</p></section>`
    );
  }
}
