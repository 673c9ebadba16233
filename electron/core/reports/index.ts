/** The KPI reports on the app's side: the team's from the hub, the rep's own from the store. */
export { reportHandlers, type ReportHandlerDeps } from './report-handlers';
export { MyReports, type MyReportsDeps } from './my-reports';
