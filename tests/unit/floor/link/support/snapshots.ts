import type { Lead } from '../../../../../shared/domain/lead';
import type { SessionSnapshot, SessionStateName } from '../../../../../shared/domain/session';

/** A session snapshot with only what the floor reads set; the rest as an idle session has it. */
export function idleSnapshot(
  at: number,
  overrides: Partial<SessionSnapshot> = {},
): SessionSnapshot {
  // Built apart and cast, so it fits the snapshot with or without newer fields such as seq.
  const idle = {
    seq: 1,
    repId: 'rep-1',
    mode: 'power',
    state: 'idle' as const,
    stateSince: at,
    offer: null,
    call: null,
    draft: null,
    wrapUpDeadline: null,
    pause: null,
    pauseAfterCall: null,
    idleReason: 'not-started',
    lastOutcome: null,
    notice: null,
    lastError: null,
  };
  return { ...idle, ...overrides } as SessionSnapshot;
}

export function snapshotIn(
  state: SessionStateName,
  since: number,
  lead: Partial<Lead> | null = null,
  overrides: Partial<SessionSnapshot> = {},
): SessionSnapshot {
  return idleSnapshot(since, {
    state,
    idleReason: state === 'idle' ? 'not-started' : null,
    offer: lead && { lead: { ...lead } as Lead, reason: 'test' },
    ...overrides,
  });
}
