import type { ImportProgress } from '../../../../../shared/domain/import';
import type { CsvDelimiter } from '../csv/csv-dialect';
import type { SourceEncoding } from '../decoding/source-encoding';
import type { MappingOverride } from '../mapping/column-mapping';
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

export type {
  DateOrderChoice,
  ImportProgress,
  ImportSummary,
} from '../../../../../shared/domain/import';
