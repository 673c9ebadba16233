import type { Handlers } from '../platform/ipc/dispatcher';
import type { SessionService } from './session-service';

type SessionHandlers = Pick<
  Handlers,
  | 'session.snapshot'
  | 'session.start'
  | 'session.dial'
  | 'session.dialLead'
  | 'session.hangup'
  | 'session.setMuted'
  | 'session.sendDigits'
  | 'session.selectOutcome'
  | 'session.setNote'
  | 'session.setCallbackAt'
  | 'session.confirm'
  | 'session.undo'
  | 'session.skip'
  | 'session.pause'
  | 'session.resume'
  | 'session.stop'
>;

/** Each intent answers with the session as it is once the intent has been applied. */
export function sessionHandlers({ session }: { session: SessionService }): SessionHandlers {
  return {
    'session.snapshot': () => session.snapshot(),
    'session.start': () => session.start((s) => s.start()),
    'session.dial': () => session.start((s) => s.dial()),
    'session.dialLead': (leadId) => session.start((s) => s.dialLead(leadId)),
    'session.hangup': () => session.run((s) => s.hangup()),
    'session.setMuted': (muted) => session.run((s) => s.setMuted(muted)),
    'session.sendDigits': (digits) => session.run((s) => s.sendDigits(digits)),
    'session.selectOutcome': (code) => session.run((s) => s.selectOutcome(code)),
    'session.setNote': (note) => session.run((s) => s.setNote(note)),
    'session.setCallbackAt': (at) => session.run((s) => s.setCallbackAt(at)),
    'session.confirm': () => session.run((s) => s.confirm()),
    'session.undo': () => session.run((s) => s.undoLastOutcome()),
    'session.skip': (reason) => session.run((s) => s.skip(reason)),
    'session.pause': (code) => session.run((s) => s.pause(code)),
    'session.resume': () => session.run((s) => s.resume()),
    'session.stop': () => session.run((s) => s.stop()),
  };
}
