// The importer's public face: what the store, the UI (over IPC) and the CLI use.
export { readLeadFile, type LeadBatch } from './pipeline/read-lead-file';
export {
  previewLeadFile,
  type LeadFilePreview,
  type PreviewOptions,
} from './pipeline/preview-lead-file';
export { collectLeadFile, type CollectedLeadFile } from './pipeline/collect-lead-file';
export type { LeadFileSource } from './pipeline/byte-source';
export type {
  DateOrderChoice,
  ImportProgress,
  ImportSummary,
  LeadFileOptions,
} from './pipeline/lead-file-options';
export {
  applyCandidateFill,
  type CandidateFill,
  type LeadCandidate,
} from './candidate/lead-candidate';
export type { ImportIssue, RowAction } from './report/import-issue';
export { importIssuesToCsv, IMPORT_REPORT_COLUMNS } from './report/import-report-csv';
export type {
  ColumnMapping,
  ColumnTarget,
  MappedColumn,
  MappingOverride,
} from './mapping/column-mapping';
export { LEAD_FIELDS, type LeadField } from './mapping/lead-fields';
export { headerSignature } from './mapping/header-signature';
export { proposeColumnMapping } from './mapping/propose-column-mapping';
export { applyMappingOverride } from './mapping/apply-mapping-override';
export { normalizePhone, type NormalizedPhone, type PhoneAcceptance } from './values/phone-number';
export { parseDateTime, type DateOrder } from './values/date-time';
export type { SourceEncoding, DetectedEncoding } from './decoding/source-encoding';
export type { CsvDelimiter, CsvDialect } from './csv/csv-dialect';
export { commitLeadFile } from './commit-lead-file';
export { NoPhoneColumnError } from './pipeline/no-phone-column';
// The hub's intake reads one posted lead as a one-row file, through the importer's own row code.
export { buildLeadCandidate } from './candidate/build-lead-candidate';
export { planRows } from './candidate/row-plan';
export { customFieldKey } from './mapping/header-keys';
export { uniqueKey } from './mapping/propose-column-mapping';
export { checkImportFileSize } from './import-size';
