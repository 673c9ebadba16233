import type { KpiReport, KpiReportQuery } from '../../../shared/reports/kpi-report';
import type { Handlers } from '../platform/ipc/dispatcher';

type ReportHandlers = Pick<Handlers, 'reports.kpis' | 'reports.myWeek'>;

/** Where each report comes from: the hub (the team's) and the local store (the rep's own). */
export interface ReportSources {
  teamReport(query: KpiReportQuery): Promise<KpiReport>;
  myReport(query: KpiReportQuery): Promise<KpiReport>;
}

export function reportHandlers(sources: ReportSources): ReportHandlers {
  return {
    'reports.kpis': (query) => sources.teamReport(query),
    'reports.myWeek': (query) => sources.myReport(query),
  };
}
