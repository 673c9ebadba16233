import type { LeadFilePreview } from '../../../../../shared/domain/import';
import { readCsvRecords } from '../csv/read-csv-records';
import { applyMappingOverride } from '../mapping/apply-mapping-override';
import { columnForField } from '../mapping/column-mapping';
import type { LeadFileSource } from './byte-source';
import {
  checkDefaultCountry,
  mappingWarnings,
  proposeMappingForFile,
  resolveDateOrder,
} from './file-setup';
import type { LeadFileOptions } from './lead-file-options';
import { isEmptyRecord } from './read-lead-file';
import { DomainError } from '../../../../../shared/result';

export type { LeadFilePreview } from '../../../../../shared/domain/import';

export type PreviewOptions = Pick<
  LeadFileOptions,
  'defaultCountry' | 'mappingOverride' | 'dateOrder' | 'encoding' | 'delimiter' | 'signal'
>;

/**
 * What the review step shows before anything is imported: headers, the proposed mapping, a few
 * rows, and what was detected. Reads only as far as it needs (after the encoding scan of a file).
 */
export async function previewLeadFile(
  source: LeadFileSource,
  rowCount: number,
  options: PreviewOptions = { defaultCountry: null },
): Promise<LeadFilePreview> {
  const defaultCountry = checkDefaultCountry(options.defaultCountry);
  let headers: string[] | null = null;
  const sampleRows: string[][] = [];
  let last = null;
  for await (const batch of readCsvRecords(source, options)) {
    last = batch;
    for (const cells of batch.records) {
      if (isEmptyRecord(cells)) continue;
      if (!headers) headers = cells.map((header) => header.trim());
      else if (sampleRows.length < Math.max(rowCount, 50)) sampleRows.push(cells);
    }
    if (headers && sampleRows.length >= Math.max(rowCount, 50)) break;
  }
  if (!headers || !last)
    throw new DomainError('invalid-argument', 'The file is empty: it has no header row.');
  const proposal = proposeMappingForFile(headers, sampleRows, defaultCountry);
  const mapping = options.mappingOverride
    ? applyMappingOverride(proposal, options.mappingOverride)
    : proposal;
  const warnings = mappingWarnings(mapping);
  const createdAt = columnForField(mapping, 'createdAt');
  const dateSamples = createdAt ? sampleRows.map((row) => row[createdAt.index] ?? '') : [];
  return {
    headers,
    mapping,
    sampleRows: sampleRows.slice(0, rowCount),
    encoding: last.encoding,
    dialect: last.dialect,
    dateOrder: resolveDateOrder(dateSamples, options.dateOrder, defaultCountry, warnings),
    warnings,
  };
}
