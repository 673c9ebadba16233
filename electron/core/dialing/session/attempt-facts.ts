import type { Attempt } from '../../../../shared/domain/attempt';
import type { CallEndReason } from '../../../../shared/domain/call';
import type { Disposition } from '../../../../shared/domain/disposition';
import type { LeadOffer } from './session-ports';
import type { OutcomeDraft } from './session-state';

export function newAttempt(input: {
  id: string;
  offer: LeadOffer;
  repId: string;
  provider: string;
  presentedCallerId: string | null;
  startedAt: number;
}): Attempt {
  return {
    id: input.id,
    leadId: input.offer.lead.id,
    campaignId: input.offer.lead.campaignId,
    repId: input.repId,
    startedAt: input.startedAt,
    ringingAt: null,
    answeredAt: null,
    answeredBy: null,
    endedAt: null,
    talkSeconds: 0,
    endReason: null,
    outcomeCode: null,
    notOnTheLine: false,
    note: null,
    callbackAt: null,
    provider: input.provider,
    presentedCallerId: input.presentedCallerId,
    providerCallId: null,
    recordedAt: null,
  };
}

/** Talk time runs from the answer to the end, in whole seconds. */
export function endedAttempt(attempt: Attempt, endedAt: number, reason: CallEndReason): Attempt {
  const talkMs = attempt.answeredAt === null ? 0 : Math.max(0, endedAt - attempt.answeredAt);
  return { ...attempt, endedAt, endReason: reason, talkSeconds: Math.round(talkMs / 1000) };
}

export function attemptWithOutcome(
  attempt: Attempt,
  outcome: { disposition: Disposition; notOnTheLine: boolean },
  draft: OutcomeDraft,
  recordedAt: number,
): Attempt {
  const note = draft.note.trim();
  return {
    ...attempt,
    outcomeCode: outcome.disposition.code,
    notOnTheLine: outcome.notOnTheLine,
    note: note === '' ? null : note,
    callbackAt: draft.callbackAt,
    recordedAt,
  };
}

export function attemptWithoutOutcome(attempt: Attempt): Attempt {
  return {
    ...attempt,
    outcomeCode: null,
    notOnTheLine: false,
    note: null,
    callbackAt: null,
    recordedAt: null,
  };
}
