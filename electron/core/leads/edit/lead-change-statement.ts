import type { LeadId } from '../../../../shared/domain/lead';
import type { LeadChange } from '../../../../shared/domain/lead-story';
import { sql, type SqlStatement } from '../../platform/store/sql';

export function leadChangeStatement(
  leadId: LeadId,
  change: Pick<LeadChange, 'at' | 'by' | 'action' | 'fields' | 'reason'>,
): SqlStatement {
  return sql`INSERT INTO lead_changes (lead_id, changed_at, changed_by, action, detail_json, reason)
    VALUES (${leadId}, ${change.at}, ${change.by}, ${change.action},
    ${JSON.stringify(change.fields)}, ${change.reason})`;
}
