import type { KpiReport, KpiReportQuery } from '../../reports/kpi-report';

/**
 * The KPI reports (issue #16). kpis: the team's, from the hub, in the team's time zone (a
 * supervisor's app: hosted hub or followed one). myWeek: this rep's own, from the local store,
 * in the rep's zone; it needs no hub.
 */
export interface ReportMethods {
  'reports.kpis': (query: KpiReportQuery) => KpiReport;
  'reports.myWeek': (query: KpiReportQuery) => KpiReport;
}
