import { HOUR_MS } from '../clock';

/** The execution targets from the brief, in one place so the KPI math and the UI agree. */
export const KPI_TARGETS = {
  /** Conversions ÷ contacts; met at 20 % or better. */
  conversionRate: 0.2,
  /** Dial attempts per rep per local day; met when the day's projection reaches it. */
  dialsPerRepPerDay: 30,
  /** Speed-to-lead SLA: met when the median first dial comes within this long of the lead's arrival. */
  responseTimeMs: HOUR_MS,
} as const;

/** 'none': the KPI has no target, or nothing to judge yet (e.g. no contacts for a rate). */
export type TargetStatus = 'on' | 'off' | 'none';

export type KpiName =
  | 'dials'
  | 'contacts'
  | 'contactRate'
  | 'conversions'
  | 'conversionRate'
  | 'talkTime'
  | 'averageHandleTime'
  | 'responseTime'
  | 'closingSpeed';

export type KpiStatuses = Readonly<Record<KpiName, TargetStatus>>;

export function atLeast(value: number | null, target: number): TargetStatus {
  if (value === null) return 'none';
  return value >= target ? 'on' : 'off';
}

export function atMost(value: number | null, target: number): TargetStatus {
  if (value === null) return 'none';
  return value <= target ? 'on' : 'off';
}
