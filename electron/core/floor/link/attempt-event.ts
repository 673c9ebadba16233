import type { AttemptEventBody } from '../../../../shared/floor/protocol';
import type { RecordedOutcome } from '../../dialing';
import { attemptOrigin } from './attempt-origin';

/**
 * The floor's report of an outcome. The contact and conversion flags are the ones this rep's
 * campaign gives the outcome, so the hub needs nobody's dispositions; an outcome kept on a call no
 * person answered (not on the line) carries neither, so no floor or leaderboard counts it. A lead
 * the team pool gave carries the pool's id, so the pool counts the attempt and settles the lead,
 * and the callback time the rep set, so the pool keeps a promised callback for them. The lead's
 * source and campaign go with it, for the team's reports.
 */
export function attemptEventOf(
  outcome: RecordedOutcome,
  poolLeadId: string | null = null,
): AttemptEventBody {
  const { attempt, disposition, lead, origin, recordedAt } = outcome;
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
    ...attemptOrigin(origin),
    ...(poolLeadId === null ? {} : { poolLeadId, callbackAt: attempt.callbackAt }),
  };
}
