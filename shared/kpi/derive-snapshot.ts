import { medianOfSorted } from './median';
import type { KpiSnapshot, KpiTotals } from './snapshot';
import { KPI_TARGETS, atLeast, atMost } from './targets';

function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

/** Rates, medians and target statuses from the totals: the one place both reps and teams get them. */
export function deriveSnapshot(totals: KpiTotals): KpiSnapshot {
  const conversionRate = ratio(totals.conversions, totals.contacts);
  const dialTarget = KPI_TARGETS.dialsPerRepPerDay * totals.reps;
  const responseTimeMedianMs = medianOfSorted(totals.responseTimesMs);
  const respondedWithinSla = countAtMost(totals.responseTimesMs, KPI_TARGETS.responseTimeMs);
  return {
    ...totals,
    contactRate: ratio(totals.contacts, totals.dials),
    conversionRate,
    averageHandleSeconds: ratio(totals.handleSeconds, totals.handledCalls),
    dialTarget,
    responseTimeMedianMs,
    respondedWithinSla,
    respondedWithinSlaShare: ratio(respondedWithinSla, totals.responseTimesMs.length),
    closingTimeMedianMs: medianOfSorted(totals.closingTimesMs),
    status: {
      dials: atLeast(totals.projectedDials, dialTarget),
      contacts: 'none',
      contactRate: 'none',
      conversions: 'none',
      conversionRate: atLeast(conversionRate, KPI_TARGETS.conversionRate),
      talkTime: 'none',
      averageHandleTime: 'none',
      responseTime: atMost(responseTimeMedianMs, KPI_TARGETS.responseTimeMs),
      closingSpeed: 'none',
    },
  };
}

function countAtMost(ascending: readonly number[], limit: number): number {
  let count = 0;
  while (count < ascending.length && (ascending[count] as number) <= limit) count++;
  return count;
}
