import type { FloorPool } from '../../../../shared/floor/pool-view';
import { isCallable, type CampaignRules } from '../../../core/queue';
import type { DbTransaction } from '../../db';
import { summarizePool, withQueuedCounts } from '../routing/pool-summary';
import type { PoolLeadState } from './pool-lead-state';
import { countQueued } from './waiting-leads';

/** Leads named on the floor (each an alert), as summarizePool names them. */
const NAMED_ON_FLOOR = 20;

/**
 * The pool as the floor shows it after a pass, read in the pass's transaction after its writes:
 * the held and due-again leads from the pass (as it left them), the new leads from SQL counts.
 */
export async function summarizeAfterPass(
  tx: Pick<DbTransaction, 'query'>,
  now: number,
  rulesOf: (campaignId: string) => CampaignRules,
  read: readonly PoolLeadState[],
  unrouted: readonly PoolLeadState[],
): Promise<FloorPool> {
  const queued = await countQueued(tx, NAMED_ON_FLOOR);
  const summary = summarizePool(
    [...read.filter((lead) => lead.status !== 'queued'), ...queued.reassignedTwice],
    unrouted.filter((lead) => lead.status !== 'queued'),
  );
  return withQueuedCounts(summary, queued, (group) => {
    const lead = {
      id: 0,
      status: 'new' as const,
      phoneE164: '',
      timeZone: group.timeZone,
      createdAt: now,
      attemptCount: group.attemptCount,
      nextEligibleAt: null,
      callbackAt: null,
    };
    return isCallable(lead, now, rulesOf(group.campaignId), () => false).callable;
  });
}
