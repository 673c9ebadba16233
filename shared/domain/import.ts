/**
 * The lead importer's plain data: what the review step shows (preview, mapping), what the user
 * sends back (options, mapping override) and what an import reports. The importer itself is in
 * electron/core/import; these types are here so the renderer can use them.
 */

/** The columns a lead file can fill; everything else becomes a custom field. */
export const LEAD_FIELDS = [
  'firstName',
  'lastName',
  'fullName',
  'company',
  'phone',
  'mobile',
  'email',
  'timeZone',
  'region',
  'postalCode',
  'country',
  'createdAt',
  'owner',
  'notes',
  'source',
] as const;

export type LeadField = (typeof LEAD_FIELDS)[number];

export function isLeadField(value: string): value is LeadField {
  return (LEAD_FIELDS as readonly string[]).includes(value);
}

/** Where one column of the file goes. */
export type ColumnTarget =
  | { kind: 'field'; field: LeadField }
  /** Kept on the lead under `key`, usable as a script merge field. */
  | { kind: 'custom'; key: string }
  | { kind: 'ignore' };

export interface MappedColumn {
  /** 0-based position in the file. */
  index: number;
  header: string;
  target: ColumnTarget;
  /**
   * 0..1, how sure the proposal is: 1 for a known CRM export header, 0.9 for a common synonym,
   * 0.6 for a match on words, 0.5 for a guess from the values or a column that lost its field to a
   * better match, 1 for a choice the user made.
   */
  confidence: number;
}

export interface ColumnMapping {
  /** The header signature of the headers this mapping was made for. */
  signature: string;
  columns: MappedColumn[];
}

/** A corrected mapping for a header signature: the columns the user set, by position. */
export interface MappingOverride {
  signature: string;
  columns: readonly { index: number; target: ColumnTarget }[];
}

/** How to read 03/04/2026: March 4 (MDY, as US CRMs export) or 3 April (DMY). */
export type DateOrder = 'MDY' | 'DMY';

export interface DateOrderChoice {
  order: DateOrder;
  basis: 'setting' | 'file' | 'default-country';
}

/**
 * `valid`: the number is in a range the numbering plan has assigned (the default).
 * `possible`: only its length fits the country; for training files of made-up numbers.
 */
export type PhoneAcceptance = 'valid' | 'possible';

/** The text encodings a lead file may arrive in. ASCII files report as utf-8. */
export type SourceEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DetectedEncoding {
  encoding: SourceEncoding;
  /** The file started with a byte order mark (which is never part of the text). */
  bom: boolean;
}

export type CsvDelimiter = ',' | ';' | '\t' | '|';
export type CsvNewline = '\r\n' | '\n' | '\r';

export interface CsvDialect {
  delimiter: CsvDelimiter;
  newline: CsvNewline;
}

/** What became of a row that has an issue. */
export type RowAction =
  /** Not imported: nothing usable to dial, or the number is on the do-not-call list. */
  | 'skipped'
  /** A duplicate (same number) of an earlier row of the file, whose empty fields it filled. */
  | 'merged'
  /** The number is already a lead of the campaign: the row filled that lead's empty fields. */
  | 'merged-into-lead'
  /** Imported, with the problem noted (a field left empty, a lead held for review...). */
  | 'imported';

export interface ImportIssue {
  /** As a spreadsheet shows it: the header is row 1, the first data row is row 2. */
  rowNumber: number;
  /** The column's header in the file, or a plain name when the issue is not about one column. */
  field: string;
  value: string;
  /** Plain words: "invalid phone number: too few digits". */
  reason: string;
  rowAction: RowAction;
}

export interface ImportProgress {
  bytesRead: number;
  /** Null when reading a stream of unknown length. */
  totalBytes: number | null;
  rowsRead: number;
  leads: number;
  issues: number;
}

/** What the file held, as the importer read it (before the store: see ImportReport). */
export interface ImportSummary {
  /** Data rows read (the header and empty rows excluded). */
  rowsRead: number;
  emptyRowsSkipped: number;
  /** Leads the file describes, its duplicates merged. */
  leads: number;
  rowsSkipped: number;
  /** Rows merged into an earlier row of the same file (same number). */
  rowsMerged: number;
  /** Leads whose speed-to-lead clock starts at the import because the file gave no created date. */
  createdAtFromImportTime: number;
  /** Leads to review before dialing (zone ambiguous or unknown). */
  held: number;
  encoding: DetectedEncoding;
  dialect: CsvDialect;
  dateOrder: DateOrderChoice;
  mapping: ColumnMapping;
  /** File-wide problems in plain words (no created-date column, a quote never closed...). */
  warnings: string[];
  importedAt: number;
}

export interface LeadFilePreview {
  headers: string[];
  /** The mapping the import would use (any override applied); its signature names the headers. */
  mapping: ColumnMapping;
  /** The first data rows, cells as in the file. */
  sampleRows: string[][];
  encoding: DetectedEncoding;
  dialect: CsvDialect;
  dateOrder: DateOrderChoice;
  warnings: string[];
}

/** The largest lead file an import takes. */
export const IMPORT_MAX_FILE_BYTES = 200 * 1024 * 1024;
/**
 * Custom fields one file may add: every one is a column of every later lead export, so a file of
 * 10,000 columns would make every export 10,000 columns wide. Columns beyond are not imported.
 */
export const IMPORT_MAX_CUSTOM_FIELDS = 200;
/** The largest `imports.chunk`, before base64: its message stays well under the bridge's 1 MB. */
export const IMPORT_MAX_CHUNK_BYTES = 512 * 1024;

/** What `imports.begin` needs besides the file. */
export interface ImportOptions {
  campaignId: string;
  /** ISO 3166-1 alpha-2 for numbers written without a country code; null: the rep's country. */
  defaultCountry: string | null;
  /** How to read 03/04/2026; `auto` (the default) lets the file decide. */
  dateOrder?: DateOrder | 'auto';
  /** `valid` by default; `possible` for training files of made-up numbers. */
  phoneAcceptance?: PhoneAcceptance;
  /**
   * `team` (a supervisor on a hub): `campaignId` names a team campaign and the hub imports the
   * file into the team pool; `own` (the default): the app's own leads.
   */
  into?: ImportDestination;
}

export type ImportDestination = 'own' | 'team';

export interface ImportBegun {
  importId: string;
  /** The largest chunk `imports.chunk` takes, in bytes before base64. */
  maxChunkBytes: number;
  /** The largest file an import takes. */
  maxFileBytes: number;
}

export interface ImportChunkReceived {
  receivedBytes: number;
  totalBytes: number;
}

/** A mapping the user confirmed for files with these headers, used again for the same layout. */
export interface RememberedMapping extends MappingOverride {
  savedAt: number;
}

export interface ImportPreview extends LeadFilePreview {
  importId: string;
  fileName: string;
  /** The mapping confirmed for these headers in an earlier import; `mapping` already uses it. */
  remembered: RememberedMapping | null;
}

/** Progress of a commit, pushed as `imports.progress`. */
export interface ImportProgressEvent extends ImportProgress {
  importId: string;
}

/** What an import did to the store. */
export interface ImportReport {
  importId: string;
  fileName: string;
  campaignId: string;
  /** New leads added to the campaign (held ones included). */
  added: number;
  /** New leads held for review (time zone ambiguous or unknown). */
  held: number;
  /** Rows whose number was already a lead of the campaign: merged into it. */
  mergedIntoExisting: number;
  /** Rows whose number is on the do-not-call list: reported, not imported. */
  onDncList: number;
  summary: ImportSummary;
  /** Every issue is in `imports.reportCsv`; this is the first few hundred for the screen. */
  issues: ImportIssue[];
  issueCount: number;
  committedAt: number;
  durationMs: number;
}
