import type { LeadId } from '../../../shared/domain/lead';
import type { SessionSnapshot, SessionStateName } from '../../../shared/domain/session';
import type { SessionService } from '../dialing';

const ON_CALL: ReadonlySet<SessionStateName> = new Set([
  'dialing',
  'ringing',
  'connected',
  'wrap-up',
]);

/** The lead is the one of the rep's call in progress (or its wrap-up). */
export function isLeadOnCall(snapshot: SessionSnapshot, leadId: LeadId): boolean {
  return ON_CALL.has(snapshot.state) && snapshot.offer?.lead.id === leadId;
}

/**
 * A rep whose queue ran dry picks up again by itself when the team pool gives them a lead: the
 * pool routes to reps who will dial soonest, so a lead must not wait for a key press. A rep who
 * stopped, paused or has not started stays as they are.
 */
export function resumeOnTeamLeads(session: SessionService): void {
  const { state, idleReason } = session.snapshot();
  if (state !== 'idle' || idleReason !== 'queue-empty') return;
  void session.start((running) => running.start()).catch(() => undefined);
}
