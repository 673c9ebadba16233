import type { KpiReport, KpiReportQuery } from '../../../shared/reports/kpi-report';
import { DomainError } from '../../../shared/result';
import type { FloorLink } from '../floor';
import type { Handlers } from '../platform/ipc/dispatcher';
import type { MyReports } from './my-reports';

type ReportHandlers = Pick<Handlers, 'reports.kpis' | 'reports.myWeek'>;

export interface ReportHandlerDeps {
  floorLink: Pick<FloorLink, 'floor' | 'status'>;
  myReports: Pick<MyReports, 'report'>;
}

/** The team's report comes from the hub the supervisor hosts or follows; the rep's own from the store. */
export function reportHandlers({ floorLink, myReports }: ReportHandlerDeps): ReportHandlers {
  const teamReport = (query: KpiReportQuery): Promise<KpiReport> => {
    const floor = floorLink.floor();
    if (floor) return floor.kpiReport(query);
    const { mode } = floorLink.status();
    throw new DomainError(
      'unavailable',
      mode === 'host' || mode === 'follow'
        ? 'The team report is not available yet: the hub is starting or cannot be reached.'
        : "Only a supervisor's app reads the team report (role in settings); My week needs no hub.",
    );
  };
  return {
    'reports.kpis': (query) => teamReport(query),
    'reports.myWeek': (query) => myReports.report(query),
  };
}
