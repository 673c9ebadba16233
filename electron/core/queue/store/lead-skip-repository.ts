import type { LeadId } from '../../../../shared/domain/lead';
import { sql, type SqlStatement } from '../../platform/store/sql';

export interface LeadSkipEntry {
  leadId: LeadId;
  repId: string;
  skippedAt: number;
  skippedBy: 'rep' | 'dial-check';
  reason: string;
}

/** Every skip is logged with its reason: a supervisor can see which leads reps pass over and why. */
export const LeadSkipRepository = {
  insertStatement(skip: LeadSkipEntry): SqlStatement {
    return sql`INSERT INTO lead_skips (lead_id, rep_id, skipped_at, skipped_by, reason)
      VALUES (${skip.leadId}, ${skip.repId}, ${skip.skippedAt}, ${skip.skippedBy}, ${skip.reason})`;
  },
};
