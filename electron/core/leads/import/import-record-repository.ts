import type { ImportReport } from '../../../../shared/domain/import';
import { sql, type SqlStatement } from '../../platform/store/sql';

/** One row per committed import: what came in, when, from which file. */
export const ImportRecordRepository = {
  insertStatement(report: Omit<ImportReport, 'issues' | 'durationMs'>): SqlStatement {
    return sql`INSERT INTO imports (id, campaign_id, file_name, signature, committed_at, added,
      merged_into_existing, on_dnc_list, held, rows_read, rows_skipped)
      VALUES (${report.importId}, ${report.campaignId}, ${report.fileName},
        ${report.summary.mapping.signature}, ${report.committedAt}, ${report.added},
        ${report.mergedIntoExisting}, ${report.onDncList}, ${report.held},
        ${report.summary.rowsRead}, ${report.summary.rowsSkipped})`;
  },
};
