export type {
  KpiReport,
  KpiReportQuery,
  KpiReportRow,
  ReportBreakdown,
  ReportGrouping,
  ReportPeriod,
} from './kpi-report';
export type { ReportAttempt, ReportLead } from './report-attempt';
export { computeKpiReport, type ReportInput } from './compute-report';
export {
  dayBuckets,
  isoWeekOf,
  localMidnights,
  periodBuckets,
  weekBuckets,
  type ReportBucket,
} from './report-calendar';
export {
  NO_CAMPAIGN_LABEL,
  NO_GROUP_KEY,
  NO_SOURCE_LABEL,
  compareGroups,
  groupOfAttempt,
  groupOfLead,
  type ReportGroup,
} from './report-groups';
export { reportRowOf, type RowPlace } from './report-row';
export {
  FIVE_MINUTES_MS,
  NO_SAMPLES,
  emptySums,
  summarizeSamples,
  type ReportSums,
  type SampleSummary,
} from './report-sums';
export {
  MAX_REPORT_DAYS,
  REPORT_BREAKDOWNS,
  REPORT_GROUPINGS,
  REPORT_PERIODS,
  calendarDay,
  queryOfGrouping,
  reportQueryProblem,
} from './report-query';
export { REPORT_CSV_COLUMNS, reportCsv } from './report-csv';
