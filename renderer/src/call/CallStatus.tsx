import type { SessionSnapshot } from '../../../shared/domain/session';
import { useNow } from '../app/use-now';
import { callTimer } from './call-timer';
import { pauseLabel } from './PauseMenu';

interface CallStatusProps {
  session: SessionSnapshot;
  /** The core's clock minus this window's. */
  clockOffset: number;
}

/** The session's state, exactly as the main process names it, and the timer that matters in it. */
export function CallStatus({ session, clockOffset }: CallStatusProps) {
  // Ticks often enough that a countdown never skips a second.
  const now = useNow(250, clockOffset);
  const timer = callTimer(session, now);
  return (
    <div className={`call-status state-${session.state}`}>
      <span className="call-state" data-testid="call-state">
        {session.state}
      </span>
      <span className={timer?.urgent ? 'call-timer is-urgent' : 'call-timer'}>
        <span className="call-timer-label">{timer?.label ?? 'Ready'}</span>
        <span className="call-timer-value" data-testid="call-timer">
          {timer?.text ?? '0:00'}
        </span>
      </span>
      <CallFlags session={session} />
    </div>
  );
}

function CallFlags({ session }: { session: SessionSnapshot }) {
  const flags: string[] = [];
  if (session.call?.muted) flags.push('Muted');
  if (session.pause) flags.push(pauseText(session.pause));
  if (session.pauseAfterCall)
    flags.push(`Pausing after this call: ${pauseLabel(session.pauseAfterCall)}`);
  if (session.call?.answeredBy === 'machine') flags.push('Answering machine');
  for (const warning of session.call?.qualityWarnings ?? []) flags.push(warning);
  if (flags.length === 0) return null;
  return (
    <span className="call-flags">
      {flags.map((flag) => (
        <span key={flag} className="call-flag">
          {flag}
        </span>
      ))}
    </span>
  );
}

function pauseText(pause: NonNullable<SessionSnapshot['pause']>): string {
  switch (pause.reason) {
    case 'rep':
      return pauseLabel(pause.code);
    case 'wrap-up-expired':
      return 'Wrap-up ran out: the last call still needs its outcome';
    case 'line-failing':
      return 'The line keeps failing';
  }
}
