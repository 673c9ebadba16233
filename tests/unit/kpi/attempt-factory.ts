import type { Attempt } from '../../../shared/domain/attempt';
import type { LeadTiming } from '../../../shared/kpi';
import { startedAttempt } from '../../support/attempt-factory';

let nextId = 1;

/** A finished, unanswered dial unless overridden; times default off `startedAt`. */
export function makeAttempt(overrides: Partial<Attempt> & Pick<Attempt, 'startedAt'>): Attempt {
  const head = { id: `attempt-${nextId++}`, leadId: 1, campaignId: 'campaign-1' };
  return startedAttempt({ ...head, startedAt: overrides.startedAt }, overrides);
}

/** An answered call: `talkSeconds` of talk from answeredAt, then `wrapUpSeconds` until the outcome. */
export function answeredCall(
  leadId: number,
  startedAt: number,
  outcomeCode: string,
  talkSeconds: number,
  wrapUpSeconds: number,
  repId = 'rep-1',
): Attempt {
  const answeredAt = startedAt + 10_000;
  const endedAt = answeredAt + talkSeconds * 1000;
  return makeAttempt({
    leadId,
    repId,
    startedAt,
    answeredAt,
    endedAt,
    talkSeconds,
    outcomeCode,
    endReason: 'hangup-local',
    recordedAt: endedAt + wrapUpSeconds * 1000,
  });
}

/** A dial nobody picked up, its outcome recorded by the system as it ended. */
export function unansweredCall(
  leadId: number,
  startedAt: number,
  outcomeCode = 'no-answer',
  repId = 'rep-1',
): Attempt {
  const endedAt = startedAt + 30_000;
  return makeAttempt({
    leadId,
    repId,
    startedAt,
    endedAt,
    outcomeCode,
    endReason: 'no-answer',
    recordedAt: endedAt,
  });
}

export function leadTiming(
  id: number,
  createdAt: number,
  firstAttemptAt: number | null,
): LeadTiming {
  return { id, createdAt, firstAttemptAt };
}
