import type { AttemptEventBody } from '../../../../shared/floor/protocol';
import type { RecordedOutcome } from '../../dialing';

/**
 * The floor's report of an outcome. The contact and conversion flags are the ones this rep's
 * campaign gives the outcome, so the hub needs nobody's dispositions; an outcome kept on a call no
 * person answered (not on the line) carries neither, so no floor or leaderboard counts it.
 */
export function attemptEventOf(outcome: RecordedOutcome): AttemptEventBody {
  const { attempt, disposition, lead, recordedAt } = outcome;
  const onTheLine = !attempt.notOnTheLine;
  return {
    type: 'attempt',
    attemptId: attempt.id,
    leadId: attempt.leadId,
    outcomeCode: disposition.code,
    contact: onTheLine && disposition.flags.contact,
    conversion: onTheLine && disposition.flags.conversion,
    startedAt: attempt.startedAt,
    answeredAt: attempt.answeredAt,
    endedAt: attempt.endedAt,
    talkSeconds: attempt.talkSeconds,
    recordedAt,
    leadCreatedAt: lead.createdAt,
    leadFirstAttemptAt: lead.firstAttemptAt,
  };
}
