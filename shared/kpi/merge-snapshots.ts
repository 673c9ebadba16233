import { deriveSnapshot } from './derive-snapshot';
import { sortAscending } from './median';
import type { KpiSnapshot, KpiTotals } from './snapshot';

/**
 * Team totals from per-rep snapshots (or from already merged teams): counts and paces are summed,
 * samples pooled, and every rate and median recomputed from the sums.
 */
export function mergeKpiSnapshots(snapshots: readonly KpiTotals[]): KpiSnapshot {
  const totals = {
    reps: 0,
    dials: 0,
    contacts: 0,
    conversions: 0,
    talkSeconds: 0,
    handledCalls: 0,
    handleSeconds: 0,
  };
  let firstDialAt: number | null = null;
  let dialsPerHour: number | null = null;
  let projectedDials: number | null = null;
  const responseTimesMs: number[] = [];
  const closingTimesMs: number[] = [];

  for (const snapshot of snapshots) {
    for (const key of Object.keys(totals) as (keyof typeof totals)[]) {
      totals[key] += snapshot[key];
    }
    firstDialAt = minOrNull(firstDialAt, snapshot.firstDialAt);
    dialsPerHour = sumOrNull(dialsPerHour, snapshot.dialsPerHour);
    projectedDials = sumOrNull(projectedDials, snapshot.projectedDials);
    responseTimesMs.push(...snapshot.responseTimesMs);
    closingTimesMs.push(...snapshot.closingTimesMs);
  }

  return deriveSnapshot({
    ...totals,
    firstDialAt,
    dialsPerHour,
    projectedDials,
    responseTimesMs: sortAscending(responseTimesMs),
    closingTimesMs: sortAscending(closingTimesMs),
  });
}

function minOrNull(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.min(a, b);
}

function sumOrNull(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return a + b;
}
