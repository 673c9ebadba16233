import type { Attempt } from '../../shared/domain/attempt';

type AttemptHead = Pick<Attempt, 'id' | 'leadId' | 'campaignId' | 'startedAt'>;

/** rep-1's dial on the simulated line that has only started (no ring, answer, end or outcome) unless overridden. */
export function startedAttempt(head: AttemptHead, overrides: Partial<Attempt> = {}): Attempt {
  return {
    id: head.id,
    leadId: head.leadId,
    campaignId: head.campaignId,
    repId: 'rep-1',
    startedAt: head.startedAt,
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
    provider: 'simulated',
    presentedCallerId: null,
    providerCallId: null,
    recordedAt: null,
    ...overrides,
  };
}
