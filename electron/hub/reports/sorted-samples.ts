import type { SampleSummary } from '../../../shared/reports';

/**
 * The summary of the samples of several day-groups, each kept ascending in the database: the
 * median is selected by merging the lists up to the middle (never sorting them all again), the
 * shares by a binary search in each list. The median is the strip's: the mean of the two
 * middle values.
 */
export function summarizeSorted(
  lists: readonly (readonly number[])[],
  firstBarMs: number,
  secondBarMs: number,
): SampleSummary {
  const ascending = lists.filter((list) => list.length > 0).map(ensureAscending);
  let count = 0;
  let withinFirst = 0;
  let withinSecond = 0;
  for (const list of ascending) {
    count += list.length;
    withinFirst += countAtMost(list, firstBarMs);
    withinSecond += countAtMost(list, secondBarMs);
  }
  return {
    count,
    medianMs: medianOfLists(ascending, count),
    within5Min: withinFirst,
    withinSla: withinSecond,
  };
}

/** A day built before its lists were kept in order is sorted here rather than misread. */
function ensureAscending(list: readonly number[]): readonly number[] {
  for (let index = 1; index < list.length; index++) {
    if ((list[index - 1] as number) > (list[index] as number))
      return [...list].sort((a, b) => a - b);
  }
  return list;
}

function countAtMost(ascending: readonly number[], bar: number): number {
  let low = 0;
  let high = ascending.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((ascending[middle] as number) <= bar) low = middle + 1;
    else high = middle;
  }
  return low;
}

function medianOfLists(lists: readonly (readonly number[])[], count: number): number | null {
  if (count === 0) return null;
  const upperRank = count >> 1;
  const lowerRank = count % 2 === 1 ? upperRank : upperRank - 1;
  const merge = new ListMerge(lists);
  for (let rank = 0; rank < lowerRank; rank++) merge.next();
  const lower = merge.next();
  const upper = lowerRank === upperRank ? lower : merge.next();
  return (lower + upper) / 2;
}

/** A k-way merge of ascending lists on a binary min-heap of (list, position). */
class ListMerge {
  private readonly heap: { list: readonly number[]; at: number }[];

  constructor(lists: readonly (readonly number[])[]) {
    this.heap = lists.map((list) => ({ list, at: 0 }));
    for (let index = (this.heap.length >> 1) - 1; index >= 0; index--) this.down(index);
  }

  /** The next smallest value; the caller asks no more than the lists hold. */
  next(): number {
    const top = this.heap[0]!;
    const value = top.list[top.at] as number;
    top.at++;
    if (top.at === top.list.length) {
      const last = this.heap.pop()!;
      if (this.heap.length === 0) return value;
      this.heap[0] = last;
    }
    this.down(0);
    return value;
  }

  private head(index: number): number {
    const entry = this.heap[index]!;
    return entry.list[entry.at] as number;
  }

  private down(start: number): void {
    const size = this.heap.length;
    let index = start;
    for (;;) {
      const left = 2 * index + 1;
      const right = left + 1;
      let smallest = index;
      if (left < size && this.head(left) < this.head(smallest)) smallest = left;
      if (right < size && this.head(right) < this.head(smallest)) smallest = right;
      if (smallest === index) return;
      const swap = this.heap[index]!;
      this.heap[index] = this.heap[smallest]!;
      this.heap[smallest] = swap;
      index = smallest;
    }
  }
}
