export { exportAttemptsCsv } from './export-attempts';
export { exportLeadsCsv } from './export-leads';
