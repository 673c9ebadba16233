import { useHostStatus } from './host-status';

/** One line on the state of this window's Twilio phone. */
export function HostStatusLine() {
  const status = useHostStatus();
  if (status === null) return null;
  const words =
    status.state === 'ready'
      ? 'The Twilio phone in this window is ready to call.'
      : status.state === 'starting'
        ? 'The Twilio phone is starting…'
        : status.message;
  return (
    <p
      className={status.state === 'problem' || status.state === 'standby' ? 'error-text' : 'muted'}
      role="status"
      data-testid="twilio-host-status"
    >
      {words}
    </p>
  );
}
