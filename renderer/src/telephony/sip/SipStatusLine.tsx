import { useSipHostStatus } from './sip-host-status';

/** One line on the state of this window's SIP phone. */
export function SipStatusLine() {
  const status = useSipHostStatus();
  if (status === null) return null;
  const words = status.state === 'starting' ? 'The SIP phone is signing in…' : status.message;
  return (
    <p
      className={status.state === 'problem' || status.state === 'standby' ? 'error-text' : 'muted'}
      role="status"
      data-testid="sip-host-status"
    >
      {words}
    </p>
  );
}
