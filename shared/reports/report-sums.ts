/**
 * The additive facts behind one report row. Buckets and groups add these up and pool the
 * samples; every rate and median is derived again from the sums (report-row.ts).
 */
export interface ReportSums {
  dials: number;
  contacts: number;
  conversions: number;
  /** Distinct leads with a contact: not additive, counted over the row's whole span. */
  leadsReached: number;
  talkSeconds: number;
  handledCalls: number;
  handleSeconds: number;
  /** Distinct (rep, local day) pairs with a dial. */
  repDays: number;
  neverDialed: number;
  /** Speed-to-lead samples (first attempt − arrival) of the leads first dialed in the row, ms. */
  responseTimesMs: number[];
  /** Closing-speed samples (conversion outcome − lead's first attempt) of the row's conversions, ms. */
  closingTimesMs: number[];
}

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
    responseTimesMs: [],
    closingTimesMs: [],
  };
}
