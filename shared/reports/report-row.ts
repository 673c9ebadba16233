import { MINUTE_MS } from '../clock';
import { deriveSnapshot, sortAscending } from '../kpi';
import type { KpiReportRow } from './kpi-report';
import type { ReportSums } from './report-sums';

/** Speed-to-lead's stricter bar: the first dial within five minutes of arrival. */
export const FIVE_MINUTES_MS = 5 * MINUTE_MS;

export interface RowPlace {
  period: string | null;
  group: string | null;
  groupLabel: string | null;
}

/**
 * A row from its sums, through the live strip's own derivation (deriveSnapshot), so a rate or a
 * median means in a report exactly what it means on the strip.
 */
export function reportRowOf(place: RowPlace, sums: ReportSums): KpiReportRow {
  const responseTimesMs = sortAscending([...sums.responseTimesMs]);
  const snapshot = deriveSnapshot({
    reps: 1,
    dials: sums.dials,
    contacts: sums.contacts,
    conversions: sums.conversions,
    talkSeconds: sums.talkSeconds,
    handledCalls: sums.handledCalls,
    handleSeconds: sums.handleSeconds,
    firstDialAt: null,
    dialsPerHour: null,
    projectedDials: null,
    responseTimesMs,
    closingTimesMs: sortAscending([...sums.closingTimesMs]),
  });
  const firstDials = responseTimesMs.length;
  return {
    ...place,
    dials: sums.dials,
    contacts: sums.contacts,
    conversions: sums.conversions,
    leadsReached: sums.leadsReached,
    contactRate: snapshot.contactRate,
    conversionRate: snapshot.conversionRate,
    conversionRatePerLeadReached: ratio(sums.conversions, sums.leadsReached),
    firstDials,
    medianResponseSeconds: seconds(snapshot.responseTimeMedianMs),
    shareWithin5Min: ratio(countAtMost(responseTimesMs, FIVE_MINUTES_MS), firstDials),
    shareWithinSla: snapshot.respondedWithinSlaShare,
    neverDialed: sums.neverDialed,
    medianClosingSeconds: seconds(snapshot.closingTimeMedianMs),
    talkSeconds: sums.talkSeconds,
    handleSeconds: sums.handleSeconds,
    averageHandleSeconds: snapshot.averageHandleSeconds,
    repDays: sums.repDays,
    dialsPerRepDay: ratio(sums.dials, sums.repDays),
  };
}

function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

function seconds(ms: number | null): number | null {
  return ms === null ? null : ms / 1000;
}

function countAtMost(ascending: readonly number[], limit: number): number {
  let count = 0;
  while (count < ascending.length && (ascending[count] as number) <= limit) count++;
  return count;
}
