import type { Disposition } from '../../../../shared/domain/disposition';
import { applyOutcome, nextRetryAt, type CampaignRules } from '../../../core/queue';
import type { PoolAttemptResult } from './claim-transitions';
import type { PoolLeadState } from './pool-lead-state';

export interface AttemptOutcome {
  outcomeCode: string;
  /** When the outcome was recorded on the rep's machine. */
  at: number;
  /** The callback time the rep set, with a callback outcome. */
  callbackAt: number | null;
}

/**
 * What an outcome makes of a pool lead, by the rep's own rule (applyOutcome) with the team
 * campaign's dispositions and rules. A code the campaign does not know (a rep whose campaigns
 * are out of date) follows the cadence like a retry, so no outcome strands a lead.
 */
export function attemptResult(
  lead: Pick<PoolLeadState, 'timeZone' | 'firstAttemptAt'>,
  attemptsBefore: number,
  outcome: AttemptOutcome,
  rules: CampaignRules,
  dispositions: readonly Disposition[],
): PoolAttemptResult {
  const disposition = dispositions.find((d) => d.code === outcome.outcomeCode);
  const outcomeLead = {
    status: attemptsBefore === 0 ? ('new' as const) : ('retry' as const),
    timeZone: lead.timeZone,
    attemptCount: attemptsBefore,
    firstAttemptAt: lead.firstAttemptAt,
    lastAttemptAt: null,
  };
  if (disposition) {
    try {
      const update = applyOutcome(outcomeLead, disposition, outcome.at, rules, outcome.callbackAt);
      switch (update.status) {
        case 'dnc':
          return { status: 'do-not-call', nextDueAt: null, callbackAt: null };
        case 'callback':
          return { status: 'callback', nextDueAt: null, callbackAt: update.callbackAt };
        case 'retry':
          return { status: 'retry', nextDueAt: update.nextEligibleAt, callbackAt: null };
        default:
          return { status: 'done', nextDueAt: null, callbackAt: null };
      }
    } catch {
      // The rep's app checked the callback's time when it was set; the hub keeps the promise.
      if (disposition.flags.callback && outcome.callbackAt !== null) {
        return { status: 'callback', nextDueAt: null, callbackAt: outcome.callbackAt };
      }
    }
  }
  const attempts = attemptsBefore + 1;
  if (attempts >= rules.cadence.maxAttempts) {
    return { status: 'done', nextDueAt: null, callbackAt: null };
  }
  return {
    status: 'retry',
    nextDueAt: nextRetryAt(attempts, outcome.at, rules, lead.timeZone),
    callbackAt: null,
  };
}
