import type { LeadId } from '../../../../shared/domain/lead';
import type { QueueSummary } from '../../../../shared/domain/queue';
import { findNextLeads } from '../store/next-lead';
import { isWithinCallingWindow, nextWindowOpening } from '../calling-window';
import { callingRulesHold, describeHold, nextOpeningUnderRules } from '../calling-rules';
import { isKnownTimeZone } from '../time-zone';
import type { QueueCampaign, QueueCampaigns } from '../store/queue-campaigns';
import type { Store } from '../../platform/store/store';
import type { QueueCounts } from './queue-counts';

/** The lead up next and the ones after it. */
const SHOWN = 6;

export interface QueueSummaryDeps {
  store: Store;
  campaigns: QueueCampaigns;
  counts: QueueCounts;
  /** Leads the session holds (the one on screen): the session passes over them, so does this. */
  isTaken: (leadId: LeadId) => boolean;
}

/**
 * What the session will dial next, in order, with the policy's reasons: the same index scans and
 * gate as the session's own look-up (findNextLeads), stopped after a few leads, and the counts
 * (QueueCounts: counted once, then moved by each outcome).
 */
export async function queueSummary(deps: QueueSummaryDeps, now: number): Promise<QueueSummary> {
  const [ranked, counts] = await Promise.all([
    deps.campaigns
      .all()
      .then((campaigns) => findNextLeads(deps.store, campaigns, deps.isTaken, now, SHOWN)),
    deps.counts.read(),
  ]);
  const entries = ranked.map((found) => found.entry);
  const waiting = entries.length === 0 && counts.queued > 0;
  return {
    count: counts.queued,
    next: entries[0] ?? null,
    upcoming: entries.slice(1),
    held: counts.held,
    nextWindow: waiting ? firstWindowToOpen(await deps.campaigns.all(), now) : null,
    ruleHolds: counts.queued > 0 ? heldByRules(await deps.campaigns.all(), now) : [],
  };
}

/**
 * The calling rules that hold queued leads now although the campaign's window is open in their
 * zone, one line per rule and zone, earliest opening first.
 */
export function heldByRules(
  campaigns: readonly QueueCampaign[],
  now: number,
): QueueSummary['ruleHolds'] {
  const holds = new Map<string, QueueSummary['ruleHolds'][number]>();
  for (const { partitions, rules } of campaigns) {
    for (const part of partitions) {
      if (!isKnownTimeZone(part.timeZone)) continue;
      if (!isWithinCallingWindow(part.timeZone, now, rules.callingWindow)) continue;
      const hold = callingRulesHold({
        calling: part.calling,
        timeZone: part.timeZone,
        window: rules.callingWindow,
        dialsOfNumber: [],
        now,
      });
      if (!hold || hold.rule === null) continue;
      const text = describeHold(hold, part.timeZone, now);
      holds.set(text, { text, opensAt: hold.opensAt, rule: hold.rule.name });
    }
  }
  return [...holds.values()].sort(
    (a, b) => (a.opensAt ?? Infinity) - (b.opensAt ?? Infinity) || a.text.localeCompare(b.text),
  );
}

/** The earliest opening of a closed calling window among the zones that have queued leads. */
export function firstWindowToOpen(
  campaigns: readonly QueueCampaign[],
  now: number,
): QueueSummary['nextWindow'] {
  let first: QueueSummary['nextWindow'] = null;
  for (const { partitions, rules } of campaigns) {
    for (const { timeZone, calling } of partitions) {
      if (!isKnownTimeZone(timeZone) || calling.missingRegion) continue;
      const opensAt = nextOpeningUnderRules(calling.rules, rules.callingWindow, timeZone, now);
      if (opensAt !== null && opensAt > now && (first === null || opensAt < first.opensAt)) {
        first = {
          opensAt,
          timeZone,
          rule: ruleThatOpensLast(calling.rules, rules, timeZone, now, opensAt),
        };
      }
    }
  }
  return first;
}

/** The rule that keeps the window shut past the campaign's own opening, if one does. */
function ruleThatOpensLast(
  callingRules: QueueCampaign['partitions'][number]['calling']['rules'],
  rules: QueueCampaign['rules'],
  timeZone: string,
  now: number,
  opensAt: number,
): string | null {
  if (nextWindowOpening(timeZone, now, rules.callingWindow) >= opensAt) return null;
  // The country's rule comes first, the states' after it: name the most specific.
  return callingRules.at(-1)?.name ?? null;
}
