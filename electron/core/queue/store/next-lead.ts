import type { LeadId } from '../../../../shared/domain/lead';
import type { QueueEntry } from '../../../../shared/domain/queue';
import { isCallable } from '../callable';
import { queueScans } from '../queue-columns';
import { isWithinRulesAndWindow } from '../calling-rules';
import { isKnownTimeZone } from '../time-zone';
import {
  compareSortKeys,
  explainQueuePosition,
  queueSortKey,
  queueTierOf,
  type QueueSortKey,
} from '../queue-policy';
import { rowToLead } from '../../leads';
import type { Store } from '../../platform/store/store';
import type { QueueCampaign, QueuePartition } from './queue-campaigns';
import type { PartitionKey } from './queue-candidates';
import { ZonePages, partitionKeyOf } from './zone-pages';

export interface RankedEntry {
  entry: QueueEntry;
  sortKey: QueueSortKey;
}

/**
 * The queue's next callable lead over every campaign, passing over leads `isTaken` says are held:
 * per campaign, the first lead its index scans return that passes the gate (isCallable, against
 * the DNC list as it is now); then the best of those by the policy's sort key.
 */
export async function findNextLead(
  store: Store,
  campaigns: readonly QueueCampaign[],
  isTaken: (leadId: LeadId) => boolean,
  now: number,
): Promise<RankedEntry | null> {
  return (await findNextLeads(store, campaigns, isTaken, now, 1))[0] ?? null;
}

/**
 * The first `limit` leads the session would dial, in order, as findNextLead finds them one after
 * another: each campaign's scans give its own order, and the campaigns are merged by sort key.
 */
export async function findNextLeads(
  store: Store,
  campaigns: readonly QueueCampaign[],
  isTaken: (leadId: LeadId) => boolean,
  now: number,
  limit: number,
): Promise<RankedEntry[]> {
  const found: RankedEntry[] = [];
  for (const campaign of campaigns) {
    found.push(...(await nextInCampaign(store, campaign, isTaken, now, limit)));
  }
  return found.sort((a, b) => compareSortKeys(a.sortKey, b.sortKey)).slice(0, limit);
}

async function nextInCampaign(
  store: Store,
  campaign: QueueCampaign,
  isTaken: (leadId: LeadId) => boolean,
  now: number,
  limit: number,
): Promise<RankedEntry[]> {
  const { rules } = campaign;
  const open = openPartitions(campaign, now);
  const found: RankedEntry[] = [];
  if (open.length === 0) return found;
  const reads = openReads(campaign, open);
  const openKeys = new Set(open.map((part) => partitionKeyOf(part.timeZone, part.regions)));
  for (const scan of queueScans(now, rules)) {
    const pages = new ZonePages(store, campaign.id, reads, scan, campaign.partitions.length);
    for (let row = await pages.next(); row !== null; row = await pages.next()) {
      // A whole zone's read could meet a partition the cached list does not know yet.
      if (!openKeys.has(partitionKeyOf(row.time_zone, row.calling_regions))) continue;
      if (isTaken(row.id)) continue;
      const lead = rowToLead(row);
      const onDncList = row.on_dnc !== null;
      if (!isCallable(lead, now, rules, () => onDncList).callable) continue;
      const tier = queueTierOf(lead, now, rules);
      if (tier === null) continue;
      found.push({
        entry: { lead, reason: explainQueuePosition(lead, tier, now, rules) },
        sortKey: queueSortKey(lead, tier),
      });
      if (found.length === limit) return found;
    }
  }
  return found;
}

/**
 * The partitions whose leads may be called now: the campaign's window and every calling rule of
 * the partition allow it in its zone. A closed partition's leads are never read; a partition whose
 * state is unknown where the country has rules by state is never open.
 */
export function openPartitions(campaign: QueueCampaign, now: number): QueuePartition[] {
  return campaign.partitions.filter(
    (part) =>
      part.calling.missingRegion === null &&
      isKnownTimeZone(part.timeZone) &&
      isWithinRulesAndWindow(part.calling.rules, campaign.rules.callingWindow, part.timeZone, now),
  );
}

/**
 * The index reads that cover exactly the open partitions: a zone whose partitions are all open
 * (its rules agree: open) is one read of the zone's index; a zone its rules split (Florida shut at
 * 20:00 beside New York) is read partition by partition. Whole zones first: with the number of
 * each, that fixes the statement's text (see warmFirstPages).
 */
export function openReads(
  campaign: QueueCampaign,
  open: readonly QueuePartition[],
): PartitionKey[] {
  const partsOfZone = new Map<string, number>();
  for (const part of campaign.partitions) {
    partsOfZone.set(part.timeZone, (partsOfZone.get(part.timeZone) ?? 0) + 1);
  }
  const openOfZone = new Map<string, QueuePartition[]>();
  for (const part of open)
    openOfZone.set(part.timeZone, [...(openOfZone.get(part.timeZone) ?? []), part]);
  const whole: PartitionKey[] = [];
  const split: PartitionKey[] = [];
  for (const [timeZone, parts] of openOfZone) {
    if (parts.length === partsOfZone.get(timeZone)) whole.push({ timeZone, regions: null });
    else split.push(...parts.map(({ regions }) => ({ timeZone, regions })));
  }
  return [...whole, ...split];
}
