import { stat } from 'node:fs/promises';
import { IMPORT_MAX_FILE_BYTES } from '../../../../shared/domain/import';
import { DomainError } from '../../../../shared/result';

const MEGABYTE = 1024 * 1024;

/**
 * The one size check of every import (the window's upload, the CLI's file): a file over the limit
 * is refused before a byte of it is read.
 */
export function checkImportSize(
  fileName: string,
  sizeBytes: number,
  maxBytes = IMPORT_MAX_FILE_BYTES,
): void {
  if (sizeBytes <= maxBytes) return;
  throw new DomainError(
    'invalid-argument',
    `${fileName} is ${megabytes(sizeBytes)}; files up to ${megabytes(maxBytes)} can be imported. ` +
      'Split it into smaller files and import each one.',
  );
}

/** The same check for a file on disk; a file that cannot be read is left to the reader to report. */
export async function checkImportFileSize(
  fileName: string,
  filePath: string,
  maxBytes = IMPORT_MAX_FILE_BYTES,
): Promise<void> {
  const info = await stat(filePath).catch(() => null);
  if (info?.isFile()) checkImportSize(fileName, info.size, maxBytes);
}

// Rounded up to a tenth, so a file one byte over the limit never reads as the limit itself.
function megabytes(bytes: number): string {
  const tenths = Math.ceil((bytes / MEGABYTE) * 10) / 10;
  return `${Number.isInteger(tenths) ? tenths : tenths.toFixed(1)} MB`;
}
