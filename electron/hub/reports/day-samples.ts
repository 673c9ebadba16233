import type { SampleSummary } from '../../../shared/reports';
import { countDistinctLeads } from './reached-leads';
import { summarizeSorted } from './sorted-samples';

/** One day-group's lists as READ_DAY_SAMPLES answers them: each a JSON array. */
export interface DaySamplesRow extends Record<string, unknown> {
  bucket: number;
  group_key: string;
  response_ms: string;
  closing_ms: string;
  reached: string;
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
    const responses = listFrom<number>(row.response_ms);
    const closings = listFrom<number>(row.closing_ms);
    const reached = listFrom<string>(row.reached);
    for (const target of cell === all ? [all] : [cell, all]) {
      target.responses.push(responses);
      target.closings.push(closings);
      target.reached.push(reached);
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

/** The column's JSON array (array_to_json of a NOT NULL array column: numbers, or strings). */
function listFrom<T>(json: string): T[] {
  const list: unknown = JSON.parse(json);
  if (!Array.isArray(list)) throw new TypeError('a day-group list is not a JSON array');
  return list as T[];
}
