import type { CsvDelimiter, CsvDialect } from '../csv/csv-dialect';
import type { DetectedEncoding, SourceEncoding } from '../decoding/source-encoding';
import type { ColumnMapping, MappingOverride } from '../mapping/column-mapping';
import type { DateOrder } from '../values/date-time';
import type { PhoneAcceptance } from '../values/phone-number';

export interface LeadFileOptions {
  /** ISO 3166-1 alpha-2 for numbers written without a country code; null: every number needs one. */
  defaultCountry: string | null;
  /** The user's corrections from the review step (or remembered for this header signature). */
  mappingOverride?: MappingOverride;
  /** How to read 03/04/2026; `auto` (the default) lets the file decide, see resolveDateOrder. */
  dateOrder?: DateOrder | 'auto';
  /** IANA zone of date-times without an offset; the computer's zone by default. */
  dateTimeZone?: string;
  phoneAcceptance?: PhoneAcceptance;
  encoding?: SourceEncoding | 'auto';
  delimiter?: CsvDelimiter;
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
  /** The import time (epoch ms): importedAt of every lead, and createdAt where the file has none. */
  importedAt?: number;
  chunkBytes?: number;
}

export interface ImportProgress {
  bytesRead: number;
  /** Null when reading a stream of unknown length. */
  totalBytes: number | null;
  rowsRead: number;
  leads: number;
  issues: number;
}

export interface DateOrderChoice {
  order: DateOrder;
  basis: 'setting' | 'file' | 'default-country';
}

export interface ImportSummary {
  /** Data rows read (the header and empty rows excluded). */
  rowsRead: number;
  emptyRowsSkipped: number;
  /** Leads produced, duplicates merged. */
  leads: number;
  rowsSkipped: number;
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
