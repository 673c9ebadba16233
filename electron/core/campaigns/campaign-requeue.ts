import { PERSISTED_TIER_NEW } from '../queue';
import { sql, type SqlStatement } from '../platform/store/sql';

/**
 * The queue columns of a campaign's new and retry leads after its max attempts changed from
 * `before` to `after`: what queueColumns() computes for them, in SQL. Only leads with at least
 * min(before, after) attempts can change (cadence exhausted, or no longer), so only they are read.
 */
export function requeueForMaxAttemptsStatement(
  campaignId: string,
  before: number,
  after: number,
): SqlStatement {
  return sql`UPDATE leads SET
      queue_tier = CASE WHEN attempt_count >= ${after} THEN NULL
        WHEN status = 'new' THEN ${PERSISTED_TIER_NEW}
        ELSE ${PERSISTED_TIER_NEW} + max(1, attempt_count) END,
      queue_due_at = CASE WHEN attempt_count >= ${after} THEN NULL
        WHEN status = 'new' THEN created_at ELSE coalesce(next_eligible_at, 0) END
    WHERE campaign_id = ${campaignId} AND status IN ('new', 'retry')
      AND time_zone IS NOT NULL AND time_zone <> ''
      AND attempt_count >= ${Math.min(before, after)}`;
}
