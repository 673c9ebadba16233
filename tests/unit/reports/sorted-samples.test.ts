import { describe, expect, it } from 'vitest';
import { countDistinctLeads } from '../../../electron/hub/reports/reached-leads';
import { summarizeSorted } from '../../../electron/hub/reports/sorted-samples';
import { medianOfSorted, sortAscending } from '../../../shared/kpi';

/** A small deterministic generator: the same lists on every run. */
function lists(seed: number, count: number): number[][] {
  let state = seed;
  const next = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state;
  };
  return Array.from({ length: count }, () =>
    sortAscending(Array.from({ length: next() % 40 }, () => next() % 7_200_000)),
  );
}

describe('the samples of several day-groups', () => {
  it('gives the median and shares of all their samples sorted together', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const days = lists(seed, 1 + (seed % 9));
      const all = sortAscending(days.flat());
      expect(summarizeSorted(days, 300_000, 3_600_000)).toEqual({
        count: all.length,
        medianMs: medianOfSorted(all),
        within5Min: all.filter((ms) => ms <= 300_000).length,
        withinSla: all.filter((ms) => ms <= 3_600_000).length,
      });
    }
  });

  it('counts a bar equal to a sample as within, and gives no median without samples', () => {
    expect(summarizeSorted([[300_000, 300_000], [], [3_600_000]], 300_000, 3_600_000)).toEqual({
      count: 3,
      medianMs: 300_000,
      within5Min: 2,
      withinSla: 3,
    });
    expect(summarizeSorted([[], []], 300_000, 3_600_000)).toEqual({
      count: 0,
      medianMs: null,
      within5Min: 0,
      withinSla: 0,
    });
  });

  it('reads a list stored out of order as if it were sorted', () => {
    expect(summarizeSorted([[9, 1, 5], [2]], 4, 6).medianMs).toBe(3.5);
  });

  it('counts a lead reached on several days once', () => {
    expect(countDistinctLeads([['a', 'b'], ['b', 'c'], ['a']])).toBe(3);
    expect(countDistinctLeads([['a', 'b']])).toBe(2);
    expect(countDistinctLeads([])).toBe(0);
  });
});
