import type { Attempt } from '../../../shared/domain/attempt';
import { DEFAULT_DISPOSITIONS } from '../../../shared/domain/disposition';
import { computeKpiSnapshot, type LeadTiming } from '../../../shared/kpi';
import type { KpiReportRow } from '../../../shared/reports';
import { startedAttempt } from '../../support/attempt-factory';
import { reportAttempts } from './week-fixture';

/** The week's dials as a rep's store holds them, with the default outcomes' codes. */
export function domainAttempts(): Attempt[] {
  return reportAttempts().map((dial) =>
    startedAttempt(
      {
        id: dial.attemptId,
        leadId: Number(dial.leadKey.split(':')[1]),
        campaignId: dial.campaignId!,
        startedAt: dial.startedAt,
      },
      {
        repId: dial.repId,
        answeredAt: dial.answeredAt,
        endedAt: dial.endedAt,
        recordedAt: dial.recordedAt,
        talkSeconds: dial.talkSeconds,
        outcomeCode: !dial.hasOutcome
          ? null
          : dial.conversion
            ? 'converted'
            : dial.contact
              ? 'interested'
              : 'no-answer',
      },
    ),
  );
}

/** The timing of each rep's leads (a lead id is the rep's own). */
export function leadTimingsOf(repId: string): LeadTiming[] {
  const timings = new Map<number, LeadTiming>();
  for (const dial of reportAttempts()) {
    if (dial.repId !== repId) continue;
    const id = Number(dial.leadKey.split(':')[1]);
    timings.set(id, { id, createdAt: dial.leadCreatedAt, firstAttemptAt: dial.leadFirstAttemptAt });
  }
  return [...timings.values()];
}

/** The strip's measures as a report row names them. */
export function stripOf(repId: string, zone: string, at: number) {
  const snapshot = computeKpiSnapshot({
    attempts: domainAttempts().filter((attempt) => attempt.repId === repId),
    dispositions: DEFAULT_DISPOSITIONS,
    leads: leadTimingsOf(repId),
    timeZone: zone,
    now: at,
  });
  const seconds = (ms: number | null) => (ms === null ? null : ms / 1000);
  return {
    dials: snapshot.dials,
    contacts: snapshot.contacts,
    conversions: snapshot.conversions,
    contactRate: snapshot.contactRate,
    conversionRate: snapshot.conversionRate,
    firstDials: snapshot.responseTimesMs.length,
    medianResponseSeconds: seconds(snapshot.responseTimeMedianMs),
    shareWithinSla: snapshot.respondedWithinSlaShare,
    medianClosingSeconds: seconds(snapshot.closingTimeMedianMs),
    talkSeconds: snapshot.talkSeconds,
    handleSeconds: snapshot.handleSeconds,
    averageHandleSeconds: snapshot.averageHandleSeconds,
  } satisfies Partial<KpiReportRow>;
}
