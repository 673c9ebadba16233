import type {
  ImportBegun,
  ImportChunkReceived,
  ImportOptions,
  ImportPreview,
  ImportProgressEvent,
  ImportReport,
  MappingOverride,
} from '../../domain/import';

/**
 * A lead file in: the renderer uploads it in chunks (the same over Electron IPC and browser
 * mode's WebSocket), previews it, and commits it with the mapping the user confirmed.
 */
export interface ImportMethods {
  /** `sizeBytes` is the whole file; up to `maxFileBytes`. */
  'imports.begin': (fileName: string, sizeBytes: number, options: ImportOptions) => ImportBegun;
  /** The next bytes of the file, base64, in order, each at most `maxChunkBytes` before encoding. */
  'imports.chunk': (importId: string, base64: string) => ImportChunkReceived;
  /** Once every byte is in: headers, the mapping the import would use, sample rows, detection. */
  'imports.preview': (importId: string) => ImportPreview;
  /**
   * Imports the file with the mapping as previewed (null) or as corrected; all or nothing. The
   * mapping used is remembered for files with the same headers. Progress comes as
   * `imports.progress`; a cancel answers with the error code 'canceled'.
   */
  'imports.commit': (importId: string, mappingOverride: MappingOverride | null) => ImportReport;
  /** Stops an upload or a commit in progress; the store is left as it was. */
  'imports.cancel': (importId: string) => void;
  /** Every issue of a committed import, as CSV for a spreadsheet. */
  'imports.reportCsv': (importId: string) => string;
}

export interface ImportEvents {
  'imports.progress': ImportProgressEvent;
}
