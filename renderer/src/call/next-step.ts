import type { SessionSnapshot } from '../../../shared/domain/session';

/** What the rep does next, in keys: the line under the call controls when there is no hint. */
export function nextStep(
  session: Pick<SessionSnapshot, 'state' | 'draft' | 'idleReason' | 'pause'>,
  callbackTimeMissing: boolean,
): string {
  if (callbackTimeMissing) {
    return 'Set the callback time: H in 1 h, T tomorrow 9:00, C to pick one. Then Enter.';
  }
  switch (session.state) {
    case 'idle':
      return session.idleReason === 'queue-empty'
        ? 'Nobody is callable right now. Space checks the queue again.'
        : 'Space starts dialing.';
    case 'preview':
      return 'Space dials this lead · S skips it · P pauses.';
    case 'dialing':
    case 'ringing':
      return 'Space or Esc hangs up.';
    case 'connected':
      return session.draft?.outcomeCode
        ? 'Enter hangs up and saves · N for notes · Space hangs up only.'
        : 'Choose the outcome (1–9) as you talk · N for notes · Space hangs up.';
    case 'wrap-up':
      return session.draft?.outcomeCode
        ? 'Enter saves and moves on · N for notes · another number changes the outcome.'
        : 'Choose the outcome (1–9), then Enter.';
    case 'paused':
      return session.pause?.reason === 'wrap-up-expired'
        ? 'P resumes the last call’s wrap-up to give it an outcome.'
        : 'P resumes dialing.';
  }
}
