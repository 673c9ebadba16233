import type { Attempt } from '../domain/attempt';
import type { LeadId } from '../domain/lead';
import { deriveSnapshot } from './derive-snapshot';
import type { KpiInput, LeadTiming } from './kpi-input';
import { isWithinDay, localDayAt, type LocalDay } from './local-day';
import { sortAscending } from './median';
import { dialPace } from './pace';
import type { KpiSnapshot, KpiTotals } from './snapshot';
import { shiftOnDay } from './work-shift';

/**
 * A rep's KPIs for their local "today", in one pass over the attempts (it runs on every outcome).
 *
 * Every count is over attempts *started* today: an attempt started at 23:59 and recorded after midnight
 * belongs to the day it was dialed.
 *
 * Speed-to-lead covers the leads whose first attempt was today and is among these attempts (one whose
 * startedAt equals the lead's firstAttemptAt): the rep who dialed first owns the response time, so team
 * totals never count a lead twice. A lead that arrived
 * before today counts with its whole wait, overnight included: the lead waited all the same, and leaving
 * it out would hide exactly the delays the KPI is there to expose.
 *
 * An outcome marked not on the line (kept on a call no person answered) counts as the dial it was,
 * never as a contact or a conversion.
 *
 * Talk time includes the call on the line now (`liveAttemptId`), up to `now`.
 *
 * Closing speed covers today's conversions: outcome time (recordedAt, else endedAt, else startedAt) minus
 * the lead's first attempt, which may lie on an earlier day.
 */
export function computeKpiSnapshot(input: KpiInput): KpiSnapshot {
  const day = localDayAt(input.now, input.timeZone);
  const flagsByCode = new Map(input.dispositions.map((d) => [d.code, d.flags]));
  const earliestAttemptByLead = earliestStartByLead(input.attempts);
  const leadsById = new Map<LeadId, LeadTiming>(input.leads.map((lead) => [lead.id, lead]));

  const totals = {
    dials: 0,
    contacts: 0,
    conversions: 0,
    talkSeconds: 0,
    handledCalls: 0,
    handleSeconds: 0,
  };
  let firstDialAt: number | null = null;
  const closingTimesMs: number[] = [];

  for (const attempt of input.attempts) {
    if (!isWithinDay(attempt.startedAt, day)) continue;
    totals.dials++;
    totals.talkSeconds +=
      attempt.id === input.liveAttemptId ? talkSecondsAt(attempt, input.now) : attempt.talkSeconds;
    if (firstDialAt === null || attempt.startedAt < firstDialAt) firstDialAt = attempt.startedAt;

    const handleSeconds = handleSecondsOf(attempt);
    if (handleSeconds !== null) {
      totals.handledCalls++;
      totals.handleSeconds += handleSeconds;
    }

    // An outcome kept on a call no person answered is not a contact, whatever its flags say.
    const flags =
      attempt.outcomeCode === null || attempt.notOnTheLine
        ? undefined
        : flagsByCode.get(attempt.outcomeCode);
    if (flags?.contact) totals.contacts++;
    if (flags?.conversion) {
      totals.conversions++;
      const firstAttemptAt =
        leadsById.get(attempt.leadId)?.firstAttemptAt ??
        earliestAttemptByLead.get(attempt.leadId) ??
        attempt.startedAt;
      closingTimesMs.push(Math.max(0, outcomeTimeOf(attempt) - firstAttemptAt));
    }
  }

  const snapshotTotals: KpiTotals = {
    reps: 1,
    ...totals,
    firstDialAt,
    ...dialPace(
      totals.dials,
      firstDialAt,
      input.now,
      day,
      input.shift ? shiftOnDay(input.shift, day, input.timeZone) : null,
    ),
    responseTimesMs: responseTimesOfLeadsFirstDialedIn(day, leadsById, earliestAttemptByLead),
    closingTimesMs: sortAscending(closingTimesMs),
  };
  return deriveSnapshot(snapshotTotals);
}

function earliestStartByLead(attempts: readonly Attempt[]): Map<LeadId, number> {
  const earliest = new Map<LeadId, number>();
  for (const attempt of attempts) {
    const known = earliest.get(attempt.leadId);
    if (known === undefined || attempt.startedAt < known) {
      earliest.set(attempt.leadId, attempt.startedAt);
    }
  }
  return earliest;
}

/**
 * A call's talk time; for a call still on the line, its talk so far (rounded as an ended call's
 * is), so talk time never reads 0:01 a minute into a call.
 */
function talkSecondsAt(attempt: Attempt, now: number): number {
  if (attempt.answeredAt === null || attempt.endedAt !== null) return attempt.talkSeconds;
  return Math.round(Math.max(0, now - attempt.answeredAt) / 1000);
}

/** Talk plus wrap-up, for a call that was answered, ended and given its outcome; null otherwise. */
function handleSecondsOf(attempt: Attempt): number | null {
  if (attempt.answeredAt === null || attempt.endedAt === null || attempt.recordedAt === null) {
    return null;
  }
  const wrapUpSeconds = Math.max(0, attempt.recordedAt - attempt.endedAt) / 1000;
  return attempt.talkSeconds + wrapUpSeconds;
}

function outcomeTimeOf(attempt: Attempt): number {
  return attempt.recordedAt ?? attempt.endedAt ?? attempt.startedAt;
}

function responseTimesOfLeadsFirstDialedIn(
  day: LocalDay,
  leadsById: ReadonlyMap<LeadId, LeadTiming>,
  earliestAttemptByLead: ReadonlyMap<LeadId, number>,
): number[] {
  const responseTimes: number[] = [];
  for (const lead of leadsById.values()) {
    const ownEarliest = earliestAttemptByLead.get(lead.id);
    if (ownEarliest === undefined) continue;
    // A lead whose stored first attempt lags behind (not yet written back) is first dialed by ours.
    const firstAttemptAt = lead.firstAttemptAt ?? ownEarliest;
    if (firstAttemptAt !== ownEarliest || !isWithinDay(firstAttemptAt, day)) continue;
    responseTimes.push(Math.max(0, firstAttemptAt - lead.createdAt));
  }
  return sortAscending(responseTimes);
}
