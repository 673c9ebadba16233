import type { LeadId } from '../../domain/lead';
import type { PauseCode, ProspectSpeech, SessionSnapshot } from '../../domain/session';

/** The power-dial loop. Every intent answers with the session as it is after the intent. */
export interface SessionMethods {
  'session.snapshot': () => SessionSnapshot;
  /** Starts working the queue: power mode dials the first lead, preview mode shows it. */
  'session.start': () => SessionSnapshot;
  'session.dial': () => SessionSnapshot;
  /** Dials this lead now instead of the queue's next (a callback from its reminder). */
  'session.dialLead': (leadId: LeadId) => SessionSnapshot;
  'session.hangup': () => SessionSnapshot;
  'session.setMuted': (muted: boolean) => SessionSnapshot;
  'session.sendDigits': (digits: string) => SessionSnapshot;
  'session.selectOutcome': (code: string) => SessionSnapshot;
  'session.setNote': (note: string) => SessionSnapshot;
  /** Epoch ms, or null to clear. */
  'session.setCallbackAt': (at: number | null) => SessionSnapshot;
  /** Confirms the outcome and moves on (Enter). */
  'session.confirm': () => SessionSnapshot;
  'session.undo': () => SessionSnapshot;
  'session.skip': (reason: string) => SessionSnapshot;
  'session.pause': (code: PauseCode) => SessionSnapshot;
  'session.resume': () => SessionSnapshot;
  'session.stop': () => SessionSnapshot;
}

export interface SessionEvents {
  'session.changed': SessionSnapshot;
  /** What the prospect says on the current call (the simulated line speaks; a real one may not). */
  'session.speech': ProspectSpeech;
}
