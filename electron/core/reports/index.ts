/** The KPI reports on the app's side: the team's from the hub, the rep's own from the store. */
export { reportHandlers, type ReportSources } from './report-handlers';
