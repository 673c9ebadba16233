import type { SessionSnapshot } from '../../../shared/domain/session';

/** An outcome the rep picked whose answer from the core has not arrived yet. */
export interface PendingOutcome {
  attemptId: string;
  code: string;
}

/**
 * The session as the rep's next key should see it: with the outcome they just picked, even if the
 * core's answer is still on its way. A rep types "2 T" or "4 Enter" faster than a round trip;
 * the intents reach the core in the order typed, so reading the next key against the old
 * snapshot would drop it ("choose an outcome first") for no reason.
 */
export function withPendingOutcome<S extends Pick<SessionSnapshot, 'call' | 'draft'>>(
  session: S,
  pending: PendingOutcome | null,
): S {
  const { draft } = session;
  if (!pending || !draft || session.call?.attemptId !== pending.attemptId) return session;
  if (draft.outcomeCode === pending.code) return session;
  return { ...session, draft: { ...draft, outcomeCode: pending.code, callbackAt: null } };
}
