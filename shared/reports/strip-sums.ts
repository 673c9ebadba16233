import type { AttemptEventBody } from '../floor/protocol';
import { repKpiSnapshot } from '../floor/rep-kpis';
import type { ReportAttempt } from './report-attempt';
import type { ReportSums } from './report-sums';

/** The sums of a row being added up, with its samples still whole. */
export interface SumsInProgress {
  sums: ReportSums;
  responseTimesMs: number[];
  closingTimesMs: number[];
}

/**
 * Adds one local day's dials of one group to the sums through the live strip's own computation
 * (the hub floor's repKpiSnapshot over computeKpiSnapshot), so a day of a report is that day's
 * strip. `dayStart` is the local midnight the dials fall after.
 */
export function addStripDay(
  { sums, responseTimesMs, closingTimesMs }: SumsInProgress,
  dayAttempts: readonly ReportAttempt[],
  timeZone: string,
  dayStart: number,
): void {
  const leadIds = new Map<string, number>();
  const reports: AttemptEventBody[] = dayAttempts.map((attempt) => {
    let leadId = leadIds.get(attempt.leadKey);
    if (leadId === undefined) {
      leadId = leadIds.size + 1;
      leadIds.set(attempt.leadKey, leadId);
    }
    return {
      type: 'attempt',
      attemptId: attempt.attemptId,
      leadId,
      outcomeCode: attempt.hasOutcome ? 'recorded' : null,
      contact: attempt.contact,
      conversion: attempt.conversion,
      startedAt: attempt.startedAt,
      answeredAt: attempt.answeredAt,
      endedAt: attempt.endedAt,
      talkSeconds: attempt.talkSeconds,
      recordedAt: attempt.recordedAt,
      leadCreatedAt: attempt.leadCreatedAt,
      leadFirstAttemptAt: attempt.leadFirstAttemptAt,
    };
  });
  const snapshot = repKpiSnapshot('report', reports, timeZone, dayStart);
  sums.dials += snapshot.dials;
  sums.contacts += snapshot.contacts;
  sums.conversions += snapshot.conversions;
  sums.talkSeconds += snapshot.talkSeconds;
  sums.handledCalls += snapshot.handledCalls;
  sums.handleSeconds += snapshot.handleSeconds;
  responseTimesMs.push(...snapshot.responseTimesMs);
  closingTimesMs.push(...snapshot.closingTimesMs);
}
