import type { ImportIssue, ImportReport } from '../../../../shared/domain/import';
import type { LeadFileSource } from './pipeline/byte-source';
import type { LeadFileOptions } from './pipeline/lead-file-options';
import { ImportRecordRepository } from './import-record-repository';
import { ImportStagingRepository } from './import-staging-repository';
import { MappingRepository } from './mapping-repository';
import type { SqlStatement } from '../../platform/store/sql';
import type { Store } from '../../platform/store/store';
import { checkImportFileSize } from './import-size';
import { stageLeadFile } from './stage-lead-file';

export interface LeadFileCommit {
  importId: string;
  fileName: string;
  campaignId: string;
  source: LeadFileSource;
  options: LeadFileOptions;
  now: () => number;
  /** Called once the file is staged, just before the final move (too late to cancel after). */
  beforeMove?: () => void;
  /** Written first in the final move (the CLI's new campaign), so a refused import leaves nothing. */
  alsoOnMove?: readonly SqlStatement[];
}

/** The report shows this many issues; the report CSV has them all. */
const ISSUES_IN_REPORT = 500;

/**
 * One import, all or nothing: the file is staged chunk by chunk (stageLeadFile), then one atomic
 * write moves the staged leads into the campaign, remembers the mapping for the file's header
 * signature and records the import. A file over the size limit is refused before anything is
 * written. On any failure the staged rows are dropped and the error is thrown again: the store is as
 * it was.
 */
export async function commitLeadFile(
  store: Store,
  request: LeadFileCommit,
): Promise<{ report: ImportReport; issues: ImportIssue[] }> {
  const started = performance.now();
  const { importId } = request;
  if (typeof request.source === 'string') {
    await checkImportFileSize(request.fileName, request.source);
  }
  try {
    const staged = await stageLeadFile(store, request.campaignId, request.source, request.options);
    request.options.signal?.throwIfAborted();
    request.beforeMove?.();
    const report: ImportReport = {
      importId,
      fileName: request.fileName,
      campaignId: request.campaignId,
      added: staged.added,
      held: staged.held,
      mergedIntoExisting: staged.mergedIntoExisting,
      onDncList: staged.onDncList,
      summary: staged.summary,
      issues: staged.issues.slice(0, ISSUES_IN_REPORT),
      issueCount: staged.issues.length,
      committedAt: request.now(),
      durationMs: 0,
    };
    await store.write([
      ...(request.alsoOnMove ?? []),
      ...staged.settle,
      ...ImportStagingRepository.moveStatements(),
      MappingRepository.saveStatement(staged.summary.mapping, report.committedAt),
      ImportRecordRepository.insertStatement(report),
    ]);
    report.durationMs = performance.now() - started;
    return { report, issues: staged.issues };
  } catch (error) {
    await store.write(ImportStagingRepository.dropStatement()).catch(() => undefined);
    throw error;
  }
}
