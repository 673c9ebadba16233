import type { KpiStatuses } from './targets';

/**
 * The additive facts behind a snapshot. Team totals sum these (and pool the samples),
 * then derive rates and medians again, so a team rate is never an average of rep rates.
 */
export interface KpiTotals {
  /** Reps the totals cover: 1 for a rep's own snapshot; scales the dial target. */
  reps: number;
  /** Attempts started in the rep's local day. */
  dials: number;
  /** Of those, attempts whose outcome has the contact flag (and was not kept off the line). */
  contacts: number;
  /** Of those, attempts whose outcome has the conversion flag. */
  conversions: number;
  /** Sum of `talkSeconds` over the day's attempts, a call still on the line counted up to now. */
  talkSeconds: number;
  /** Attempts answered (by a person or a machine), ended, and with their outcome recorded. */
  handledCalls: number;
  /** Talk plus wrap-up (endedAt → recordedAt) over the handled calls, in seconds. */
  handleSeconds: number;
  /** startedAt of the day's first dial; the earliest across reps for a team. */
  firstDialAt: number | null;
  /** Per rep: dials ÷ hours since the first dial; for a team, the reps' paces added up. */
  dialsPerHour: number | null;
  /** Per rep: dials plus pace over the rest of the working day; for a team, added up. */
  projectedDials: number | null;
  /** Speed-to-lead samples (firstAttemptAt − createdAt) of leads first dialed today, ascending. */
  responseTimesMs: readonly number[];
  /** Closing-speed samples (conversion outcome − lead's first attempt) of today's conversions, ascending. */
  closingTimesMs: readonly number[];
}

export interface KpiSnapshot extends KpiTotals {
  /** contacts ÷ dials; null with no dials. */
  contactRate: number | null;
  /** conversions ÷ contacts; null with no contacts. */
  conversionRate: number | null;
  /** handleSeconds ÷ handledCalls; null with no handled call. */
  averageHandleSeconds: number | null;
  /** KPI_TARGETS.dialsPerRepPerDay × reps. */
  dialTarget: number;
  responseTimeMedianMs: number | null;
  /** Leads whose response time is within the SLA (≤ 1 h). */
  respondedWithinSla: number;
  /** respondedWithinSla ÷ leads first dialed today; null with none. */
  respondedWithinSlaShare: number | null;
  closingTimeMedianMs: number | null;
  status: KpiStatuses;
}
