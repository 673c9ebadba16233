import { MINUTE_MS } from '../../../shared/clock';
import { isWithinCallingWindow, nextWindowOpening } from '../queue';
import type { CampaignRules } from '../queue';
import { isKnownTimeZone } from '../queue';
import type { DialCheckRow } from '../queue/store';
import { queueStateOf, updateQueueStateStatement, withQueueColumns } from '../queue/store';
import { rowToLead } from '../leads';
import { LeadSkipRepository } from '../queue/store';
import type { SqlStatement } from '../platform/store/sql';
import type { LeadSkip } from './session/session-ports';

/** A lead the rep passes over comes round again after this long, at the earliest. */
export const REP_SKIP_DELAY_MINUTES = 30;

/**
 * The skip is logged, and the lead is held back: by the rep's skip delay, or (refused at dial
 * time for being outside its window) until its window opens. A lead refused for its status or
 * the DNC list is not touched: the gate keeps it out of the queue by itself.
 */
export function skipWrite(
  row: DialCheckRow,
  skip: LeadSkip,
  repId: string,
  rules: CampaignRules,
  now: number,
): SqlStatement[] {
  const lead = rowToLead(row);
  const log = LeadSkipRepository.insertStatement({
    leadId: lead.id,
    repId,
    skippedAt: now,
    skippedBy: skip.by,
    reason: skip.reason,
  });
  const heldUntil = holdUntil(lead.timeZone, skip, rules, now);
  if (heldUntil === null || heldUntil <= (lead.nextEligibleAt ?? 0)) return [log];
  const { queueTier: _tier, queueDueAt: _due, ...state } = queueStateOf(lead, row);
  const held = withQueueColumns(lead, { ...state, nextEligibleAt: heldUntil }, rules);
  return [log, updateQueueStateStatement(lead.id, held)];
}

function holdUntil(
  timeZone: string | null,
  skip: LeadSkip,
  rules: CampaignRules,
  now: number,
): number | null {
  if (skip.until !== undefined) return skip.until;
  if (skip.by === 'rep') return now + REP_SKIP_DELAY_MINUTES * MINUTE_MS;
  if (!isKnownTimeZone(timeZone) || isWithinCallingWindow(timeZone, now, rules.callingWindow)) {
    return null;
  }
  return nextWindowOpening(timeZone, now, rules.callingWindow);
}
