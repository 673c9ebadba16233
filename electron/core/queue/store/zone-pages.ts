import type { QueueScan } from '../queue-columns';
import {
  firstPagesStatement,
  scanPageStatement,
  type PartitionKey,
  type QueueCandidateRow,
} from './queue-candidates';
import type { Store } from '../../platform/store/store';

/**
 * The first page of a partition is short: the first candidate is nearly always callable (the one
 * after it when the rep's current lead comes first), and a page is read for every open partition
 * at once, in one trip to the store: about FIRST_PAGES_ROWS leads in all, 2 to 4 a partition
 * (with the calling rules a campaign has a partition per zone and set of rules). Later pages (a
 * partition whose first leads were passed over) are longer.
 */
const FIRST_PAGES_ROWS = 32;
const PAGE = 20;

interface PartitionBuffer {
  rows: QueueCandidateRow[];
  offset: number;
  more: boolean;
}

/** A partition's key, or a whole zone's (regions null). */
export const partitionKeyOf = (timeZone: string | null, regions: string | null): string =>
  regions === null ? `${timeZone ?? ''}|*` : `${timeZone ?? ''}|${regions}`;

/**
 * One index scan across a campaign's open partitions (zone × calling regions; a zone whose
 * partitions are all open is read whole), merged in the scan's order: the first page of every
 * read comes in one round trip, a read's further pages only when the merge runs through it.
 */
export class ZonePages {
  private readonly buffers = new Map<string, PartitionBuffer>();
  private started = false;
  private readonly firstPage: number;

  constructor(
    private readonly store: Store,
    private readonly campaignId: string,
    private readonly partitions: readonly PartitionKey[],
    private readonly scan: QueueScan,
    /** How many partitions the campaign has, open or not: the first page's length follows it. */
    campaignPartitions = partitions.length,
  ) {
    const perPartition = Math.floor(FIRST_PAGES_ROWS / Math.max(1, campaignPartitions));
    this.firstPage = Math.max(2, Math.min(4, perPartition));
  }

  /** The next candidate in scan order, or null when the scan is exhausted in every partition. */
  async next(): Promise<QueueCandidateRow | null> {
    if (!this.started) await this.loadFirstPages();
    let best: { buffer: PartitionBuffer; row: QueueCandidateRow } | null = null;
    for (const part of this.partitions) {
      const buffer = this.buffers.get(partitionKeyOf(part.timeZone, part.regions));
      if (!buffer) continue;
      if (buffer.rows.length === 0 && buffer.more) await this.loadNextPage(part, buffer);
      const head = buffer.rows[0];
      if (head && (best === null || this.comesFirst(head, best.row))) best = { buffer, row: head };
    }
    if (!best) return null;
    best.buffer.rows.shift();
    return best.row;
  }

  /** The index order: queue_due_at then id, both ascending or both descending. */
  private comesFirst(a: QueueCandidateRow, b: QueueCandidateRow): boolean {
    const byDue = (a.queue_due_at ?? 0) - (b.queue_due_at ?? 0);
    const ascending = byDue !== 0 ? byDue < 0 : a.id < b.id;
    return this.scan.order === 'asc' ? ascending : !ascending;
  }

  private async loadFirstPages(): Promise<void> {
    this.started = true;
    for (const part of this.partitions) {
      this.buffers.set(partitionKeyOf(part.timeZone, part.regions), {
        rows: [],
        offset: this.firstPage,
        more: false,
      });
    }
    const rows = await this.store.all<QueueCandidateRow>(
      firstPagesStatement(this.campaignId, this.partitions, this.scan, this.firstPage),
    );
    for (const row of rows) {
      const buffer =
        this.buffers.get(partitionKeyOf(row.time_zone, null)) ??
        this.buffers.get(partitionKeyOf(row.time_zone, row.calling_regions));
      buffer?.rows.push(row);
    }
    for (const buffer of this.buffers.values()) buffer.more = buffer.rows.length === this.firstPage;
  }

  private async loadNextPage(part: PartitionKey, buffer: PartitionBuffer): Promise<void> {
    const rows = await this.store.all<QueueCandidateRow>(
      scanPageStatement(this.campaignId, part, this.scan, PAGE, buffer.offset),
    );
    buffer.rows.push(...rows);
    buffer.offset += PAGE;
    buffer.more = rows.length === PAGE;
  }
}
