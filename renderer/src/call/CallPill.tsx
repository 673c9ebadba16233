import type { SessionSnapshot } from '../../../shared/domain/session';
import { leadDisplayName } from '../../../shared/domain/lead';
import { useNow } from '../app/use-now';
import { useSessionIntents } from '../session/use-session-intents';
import { callTimer } from './call-timer';

interface CallPillProps {
  session: SessionSnapshot;
  clockOffset: number;
  onOpenDialer: () => void;
}

const IN_CALL = new Set(['dialing', 'ringing', 'connected']);

/**
 * The session at a glance on every screen but the dialer: the call goes on in the main process
 * whatever screen is open, and can be hung up from here.
 */
export function CallPill({ session, clockOffset, onOpenDialer }: CallPillProps) {
  const now = useNow(500, clockOffset);
  const intents = useSessionIntents();
  const timer = callTimer(session, now);
  const inCall = IN_CALL.has(session.state);
  const who = session.offer ? leadDisplayName(session.offer.lead) : null;
  return (
    <div
      className={`call-pill state-${session.state}`}
      data-testid="call-pill"
      role="group"
      aria-label="Call status"
    >
      <span className="call-state" data-testid="call-state">
        {session.state}
      </span>
      {timer && (
        <span className="call-pill-timer">
          {timer.label} {timer.text}
        </span>
      )}
      {who && <span className="call-pill-lead">{who}</span>}
      {inCall && (
        <button
          type="button"
          className="button button-danger button-small"
          onClick={() => void intents.send((api) => api.session.hangup())}
        >
          Hang up
        </button>
      )}
      {session.state === 'wrap-up' || session.state === 'preview' ? (
        <button type="button" className="button button-primary button-small" onClick={onOpenDialer}>
          {session.state === 'wrap-up' ? 'Choose the outcome' : 'Open dialer'}
        </button>
      ) : null}
      {intents.refusal && (
        <span className="call-pill-error" role="alert">
          {intents.refusal}
        </span>
      )}
    </div>
  );
}
