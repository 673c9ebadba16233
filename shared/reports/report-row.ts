import { deriveSnapshot } from '../kpi';
import type { KpiReportRow } from './kpi-report';
import type { ReportSums } from './report-sums';

export interface RowPlace {
  period: string | null;
  group: string | null;
  groupLabel: string | null;
}

/**
 * A row from its sums. The rates come from the live strip's own derivation (deriveSnapshot),
 * the medians and shares from the samples' summary, so each means in a report what it means
 * on the strip.
 */
export function reportRowOf(place: RowPlace, sums: ReportSums): KpiReportRow {
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
    responseTimesMs: [],
    closingTimesMs: [],
  });
  const { responses, closings } = sums;
  return {
    ...place,
    dials: sums.dials,
    contacts: sums.contacts,
    conversions: sums.conversions,
    leadsReached: sums.leadsReached,
    contactRate: snapshot.contactRate,
    conversionRate: snapshot.conversionRate,
    conversionRatePerLeadReached: ratio(sums.conversions, sums.leadsReached),
    firstDials: responses.count,
    medianResponseSeconds: seconds(responses.medianMs),
    shareWithin5Min: ratio(responses.within5Min, responses.count),
    shareWithinSla: ratio(responses.withinSla, responses.count),
    neverDialed: sums.neverDialed,
    medianClosingSeconds: seconds(closings.medianMs),
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
