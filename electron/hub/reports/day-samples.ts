import type { SampleSummary } from '../../../shared/reports';
import { countDistinctLeads } from './reached-leads';
import { summarizeSorted } from './sorted-samples';

/** One day-group's lists as READ_DAY_SAMPLES answers them. */
export interface DaySamplesRow extends Record<string, unknown> {
  bucket: number;
  group_key: string;
  response_ms: number[];
  closing_ms: number[];
  reached: string[];
}

export interface CellSamples {
  responses: SampleSummary;
  closings: SampleSummary;
  leadsReached: number;
}

interface Lists {
  responses: number[][];
  closings: number[][];
  reached: string[][];
}

/**
 * The samples' summaries and distinct leads of each row bucket and group, keyed as
 * `cellKey(bucket, group)`, and of the range (bucket `totals`, group `totalsGroup`): the
 * union of every group's lists.
 */
export function summarizeDaySamples(
  rows: readonly DaySamplesRow[],
  bars: { firstMs: number; secondMs: number },
  totals: { bucket: number; group: string },
  cellKey: (bucket: number, group: string) => string,
): Map<string, CellSamples> {
  const lists = new Map<string, Lists>();
  const listsOf = (key: string): Lists => {
    let found = lists.get(key);
    if (!found) {
      found = { responses: [], closings: [], reached: [] };
      lists.set(key, found);
    }
    return found;
  };
  const all = listsOf(cellKey(totals.bucket, totals.group));
  for (const row of rows) {
    const cell = listsOf(cellKey(row.bucket, row.group_key));
    for (const target of cell === all ? [all] : [cell, all]) {
      target.responses.push(row.response_ms);
      target.closings.push(row.closing_ms);
      target.reached.push(row.reached);
    }
  }
  const summaries = new Map<string, CellSamples>();
  for (const [key, cell] of lists) {
    summaries.set(key, {
      responses: summarizeSorted(cell.responses, bars.firstMs, bars.secondMs),
      closings: summarizeSorted(cell.closings, bars.firstMs, bars.secondMs),
      leadsReached: countDistinctLeads(cell.reached),
    });
  }
  return summaries;
}
