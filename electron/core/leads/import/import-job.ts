import type {
  ImportIssue,
  ImportOptions,
  ImportReport,
  LeadFilePreview,
  RememberedMapping,
} from '../../../../shared/domain/import';
import type { UploadFile } from './upload-file';

/**
 * receiving: chunks are coming · received: every byte is in · committing: staging and moving ·
 * committed / failed / canceled: over (a failed or canceled import may be committed again only
 * by starting a new one).
 */
export type ImportJobState =
  'receiving' | 'received' | 'committing' | 'committed' | 'failed' | 'canceled';

export interface ImportJob {
  id: string;
  fileName: string;
  options: ImportOptions;
  /** The default country the job resolved (the option, or the rep's country). */
  defaultCountry: string;
  upload: UploadFile;
  state: ImportJobState;
  /** Set while committing: cancel() aborts the read between chunks. */
  abort: AbortController | null;
  /** The final move has been sent to the store: too late to cancel. */
  moving: boolean;
  preview: { file: LeadFilePreview; remembered: RememberedMapping | null } | null;
  report: ImportReport | null;
  /** Every issue of a committed import, for the report CSV. */
  issues: ImportIssue[];
}
