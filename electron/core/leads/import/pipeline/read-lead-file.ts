import { DomainError } from '../../../../../shared/result';
import { buildLeadCandidate } from '../candidate/build-lead-candidate';
import { InFileDuplicates } from '../candidate/in-file-duplicates';
import type { CandidateFill, LeadCandidate } from '../candidate/lead-candidate';
import { readCsvRecords, type CsvRecordBatch } from '../csv/read-csv-records';
import type { CsvRecord } from '../csv/incremental-csv-parser';
import type { ImportIssue } from '../report/import-issue';
import type { LeadFileSource } from './byte-source';
import { setUpFile, type FileSetup } from './file-setup';
import type { ImportSummary, LeadFileOptions } from './lead-file-options';

/** Rows after the header used to propose the mapping and settle the date order. */
const SAMPLE_ROWS = 200;

export interface LeadBatch {
  /** New leads, in file order; a later duplicate never appears here (see `fills`). */
  candidates: LeadCandidate[];
  issues: ImportIssue[];
  /** Fields that a duplicate row filled in a lead handed out in an earlier batch. */
  fills: CandidateFill[];
  /** Present on the last batch only. */
  summary: ImportSummary | null;
}

/**
 * Reads a CRM export as leads, one batch per chunk of the file: decoding, CSV parsing, column
 * mapping, normalization, time zones and in-file duplicate merging, with progress, and an
 * AbortSignal that stops it between chunks. Throws DomainError when the file cannot be read as a
 * lead list at all (no header, no phone column, an unknown default country); a row that cannot be
 * used is an issue, never an exception.
 */
export async function* readLeadFile(
  source: LeadFileSource,
  options: LeadFileOptions,
): AsyncGenerator<LeadBatch> {
  const importedAt = options.importedAt ?? Date.now();
  const duplicates = new InFileDuplicates();
  const counts = {
    rowsRead: 0,
    emptyRows: 0,
    leads: 0,
    skipped: 0,
    merged: 0,
    importTime: 0,
    held: 0,
    issues: 0,
  };
  let setup: FileSetup | null = null;

  const records = readCsvRecords(source, {
    encoding: options.encoding,
    delimiter: options.delimiter,
    signal: options.signal,
    chunkBytes: options.chunkBytes,
  });
  for await (const batch of records) {
    const out: LeadBatch = { candidates: [], issues: [], fills: [], summary: null };
    for (let i = 0; i < batch.records.length; i++) {
      const cells = batch.records[i]!;
      if (isEmptyRecord(cells)) {
        counts.emptyRows++;
        continue;
      }
      if (!setup) {
        setup = setUpFile(
          cells.map((h) => h.trim()),
          batch.records.slice(i + 1, i + 1 + SAMPLE_ROWS),
          options,
          importedAt,
        );
        continue;
      }
      counts.rowsRead++;
      addRow(cells, batch.firstRecordIndex + i + 1, setup, duplicates, out, counts);
    }
    duplicates.endBatch();
    counts.issues += out.issues.length;
    options.onProgress?.({
      bytesRead: batch.bytesRead,
      totalBytes: batch.totalBytes,
      rowsRead: counts.rowsRead,
      leads: counts.leads,
      issues: counts.issues,
    });
    if (batch.done) out.summary = summarize(batch, setup, counts, importedAt);
    yield out;
  }
}

function addRow(
  cells: CsvRecord,
  rowNumber: number,
  setup: FileSetup,
  duplicates: InFileDuplicates,
  out: LeadBatch,
  counts: { leads: number; skipped: number; merged: number; importTime: number; held: number },
): void {
  const built = buildLeadCandidate(cells, rowNumber, setup.plan);
  const candidate = built.candidate;
  if (!candidate) {
    out.issues.push(...built.issues);
    counts.skipped++;
    return;
  }
  const phoneColumn = setup.plan.fields.phone ?? setup.plan.fields.mobile;
  const admitted = duplicates.admit(
    candidate,
    phoneColumn?.header ?? 'phone',
    cells[phoneColumn?.index ?? -1] ?? '',
  );
  if (admitted.kind === 'duplicate') {
    // The merged row is reported once, as merged; its own field problems died with it.
    out.issues.push(admitted.issue);
    if (admitted.fill) out.fills.push(admitted.fill);
    counts.merged++;
    if (admitted.liftedHold) counts.held--;
    if (admitted.gaveCreatedAt) counts.importTime--;
    return;
  }
  if (admitted.kind === 'shares-number') out.issues.push(admitted.issue);
  out.issues.push(...built.issues);
  out.candidates.push(candidate);
  counts.leads++;
  if (candidate.createdAtSource === 'import-time') counts.importTime++;
  if (candidate.holdReason) counts.held++;
}

function summarize(
  batch: CsvRecordBatch,
  setup: FileSetup | null,
  counts: {
    rowsRead: number;
    emptyRows: number;
    leads: number;
    skipped: number;
    merged: number;
    importTime: number;
    held: number;
  },
  importedAt: number,
): ImportSummary {
  if (!setup) throw new DomainError('invalid-argument', 'The file is empty: it has no header row.');
  const warnings = [...setup.warnings];
  if (batch.endedInsideQuotes) {
    warnings.push(
      'A quoted cell is never closed: the last row took in the rest of the file. Check for a stray quote (").',
    );
  }
  if (counts.rowsRead === 0) warnings.push('The file has a header but no data rows.');
  return {
    rowsRead: counts.rowsRead,
    emptyRowsSkipped: counts.emptyRows,
    leads: counts.leads,
    rowsSkipped: counts.skipped,
    rowsMerged: counts.merged,
    createdAtFromImportTime: counts.importTime,
    held: counts.held,
    encoding: batch.encoding,
    dialect: batch.dialect,
    dateOrder: setup.dateOrder,
    mapping: setup.mapping,
    warnings,
    importedAt,
  };
}

export function isEmptyRecord(cells: CsvRecord): boolean {
  return cells.every((cell) => cell.trim() === '');
}
