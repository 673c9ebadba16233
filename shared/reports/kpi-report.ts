/**
 * The KPI report (issue #16): the live strip's own measures (shared/kpi) over days and weeks,
 * by rep, source or campaign. One contract for the hub's SQL, its HTTP API, the supervisor's
 * Reports screen and the rep's "My week".
 */

/** Calendar buckets of a report, in the team's (or the rep's) time zone. Weeks are ISO weeks. */
export type ReportPeriod = 'day' | 'week';
export type ReportBreakdown = 'rep' | 'source' | 'campaign';
/** `GET /api/reports/kpis?by=`: one dimension per request. */
export type ReportGrouping = ReportPeriod | ReportBreakdown;

export interface KpiReportQuery {
  /** First local day, YYYY-MM-DD, inclusive. */
  from: string;
  /** Last local day, YYYY-MM-DD, inclusive; at most two years after `from`. */
  to: string;
  /** Rows per day or ISO week; null: one bucket for the whole range. */
  period: ReportPeriod | null;
  /** Rows per rep, source or campaign (within each period); null: the whole team. */
  breakdown: ReportBreakdown | null;
}

/** One row: the KPIs named as the API answers them. Rates and medians are null with no sample. */
export interface KpiReportRow {
  /** YYYY-MM-DD (a day) or YYYY-Www (an ISO week); null without a period. */
  period: string | null;
  /** The rep id, source or campaign id; null without a breakdown. */
  group: string | null;
  /** What a person reads for `group`: the rep's name, the campaign's name, "(no source)". */
  groupLabel: string | null;
  dials: number;
  contacts: number;
  conversions: number;
  /** Distinct leads with at least one contact. */
  leadsReached: number;
  /** contacts ÷ dials. */
  contactRate: number | null;
  /** conversions ÷ contacts. */
  conversionRate: number | null;
  /** conversions ÷ leadsReached. */
  conversionRatePerLeadReached: number | null;
  /** Leads first dialed in the bucket: their speed-to-lead samples. */
  firstDials: number;
  medianResponseSeconds: number | null;
  shareWithin5Min: number | null;
  shareWithinSla: number | null;
  /** Leads that arrived in the bucket and were never dialed (by the report's end). */
  neverDialed: number;
  medianClosingSeconds: number | null;
  talkSeconds: number;
  /** Talk plus wrap-up over handled calls. */
  handleSeconds: number;
  averageHandleSeconds: number | null;
  /** Distinct rep-days with a dial: the divisor of dials per rep per day. */
  repDays: number;
  dialsPerRepDay: number | null;
}

export interface KpiReport {
  query: KpiReportQuery;
  /** The IANA zone the days were cut in. */
  timeZone: string;
  rows: KpiReportRow[];
  /** The whole range, every group together (rates recomputed, never averaged). */
  totals: KpiReportRow;
  generatedAt: number;
}
