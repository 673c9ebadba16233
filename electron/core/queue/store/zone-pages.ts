import type { QueueScan } from '../queue-columns';
import { firstPagesStatement, scanPageStatement, type QueueCandidateRow } from './queue-candidates';
import type { Store } from '../../platform/store/store';
import type { QueuePartition } from './queue-campaigns';

/**
 * The first page of a zone is short: the first candidate is nearly always callable, and a page is
 * read for every open zone at once. Later pages (a zone whose first leads were passed over) are
 * longer.
 */
const FIRST_PAGE = 4;
const PAGE = 20;

interface ZoneBuffer {
  rows: QueueCandidateRow[];
  offset: number;
  more: boolean;
}

const keyOf = (timeZone: string | null, regions: string): string => `${timeZone ?? ''}|${regions}`;

/**
 * One index scan across a campaign's open partitions (zone × calling regions), merged in the
 * scan's order: the first page of every partition comes in one round trip, a partition's further
 * pages only when the merge runs through it.
 */
export class ZonePages {
  private readonly buffers = new Map<string, ZoneBuffer>();
  private started = false;

  constructor(
    private readonly store: Store,
    private readonly campaignId: string,
    private readonly partitions: readonly QueuePartition[],
    private readonly scan: QueueScan,
  ) {}

  /** The next candidate in scan order, or null when the scan is exhausted in every zone. */
  async next(): Promise<QueueCandidateRow | null> {
    if (!this.started) await this.loadFirstPages();
    let best: { buffer: ZoneBuffer; row: QueueCandidateRow } | null = null;
    for (const part of this.partitions) {
      const buffer = this.buffers.get(keyOf(part.timeZone, part.regions));
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
      this.buffers.set(keyOf(part.timeZone, part.regions), {
        rows: [],
        offset: FIRST_PAGE,
        more: false,
      });
    }
    const rows = await this.store.all<QueueCandidateRow>(
      firstPagesStatement(this.campaignId, this.partitions, this.scan, FIRST_PAGE),
    );
    for (const row of rows)
      this.buffers.get(keyOf(row.time_zone, row.calling_regions))?.rows.push(row);
    for (const buffer of this.buffers.values()) buffer.more = buffer.rows.length === FIRST_PAGE;
  }

  private async loadNextPage(part: QueuePartition, buffer: ZoneBuffer): Promise<void> {
    const rows = await this.store.all<QueueCandidateRow>(
      scanPageStatement(this.campaignId, part, this.scan, PAGE, buffer.offset),
    );
    buffer.rows.push(...rows);
    buffer.offset += PAGE;
    buffer.more = rows.length === PAGE;
  }
}
