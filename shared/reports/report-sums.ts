import { MINUTE_MS } from '../clock';
import { KPI_TARGETS, medianOfSorted, sortAscending } from '../kpi';

/** Speed-to-lead's stricter bar: the first dial within five minutes of arrival. */
export const FIVE_MINUTES_MS = 5 * MINUTE_MS;

/** What a row shows of a set of samples (ms): how many, their median, how many within the bars. */
export interface SampleSummary {
  count: number;
  medianMs: number | null;
  within5Min: number;
  /** At most the speed-to-lead SLA (KPI_TARGETS.responseTimeMs). */
  withinSla: number;
}

/**
 * The facts behind one report row. Counts and seconds add up across days and groups; distinct
 * counts and sample summaries are taken over the row's whole span. Rates are derived from
 * these (report-row.ts), never averaged.
 */
export interface ReportSums {
  dials: number;
  contacts: number;
  conversions: number;
  /** Distinct leads with a contact over the row's span. */
  leadsReached: number;
  talkSeconds: number;
  handledCalls: number;
  handleSeconds: number;
  /** Distinct (rep, local day) pairs with a dial. */
  repDays: number;
  neverDialed: number;
  /** Speed-to-lead (first attempt − arrival) of the leads first dialed in the row. */
  responses: SampleSummary;
  /** Closing speed (conversion outcome − lead's first attempt) of the row's conversions. */
  closings: SampleSummary;
}

export const NO_SAMPLES: SampleSummary = { count: 0, medianMs: null, within5Min: 0, withinSla: 0 };

export function emptySums(): ReportSums {
  return {
    dials: 0,
    contacts: 0,
    conversions: 0,
    leadsReached: 0,
    talkSeconds: 0,
    handledCalls: 0,
    handleSeconds: 0,
    repDays: 0,
    neverDialed: 0,
    responses: NO_SAMPLES,
    closings: NO_SAMPLES,
  };
}

/** The summary of samples, with the strip's median and SLA. */
export function summarizeSamples(samples: readonly number[]): SampleSummary {
  const ascending = sortAscending([...samples]);
  return {
    count: ascending.length,
    medianMs: medianOfSorted(ascending),
    within5Min: ascending.filter((ms) => ms <= FIVE_MINUTES_MS).length,
    withinSla: ascending.filter((ms) => ms <= KPI_TARGETS.responseTimeMs).length,
  };
}
