import type { ConnectionCheck, ConnectionCheckId } from '../../../shared/domain/twilio';

const TITLES: Record<ConnectionCheckId, string> = {
  provider: 'Line',
  settings: 'Settings',
  token: 'Access token',
  credentials: 'API key',
  'twiml-app': 'TwiML App',
  'caller-id': 'Caller ID',
  'caller-id-pool': 'Local presence',
  window: 'Window',
  microphone: 'Microphone',
  'voice-sdk': 'Twilio phone',
  server: 'SIP server',
  registration: 'Sign-in',
};

const STATUS_WORDS: Record<ConnectionCheck['status'], string> = {
  ok: 'OK',
  problem: 'Problem',
  skipped: 'Not checked',
};

/** The connection test's findings, one line each: status, what was checked, and the words. */
export function CheckList({
  checks,
  testIdPrefix,
}: {
  checks: readonly ConnectionCheck[];
  testIdPrefix: string;
}) {
  return (
    <ul className="check-list" aria-label="Connection test results">
      {checks.map((check) => (
        <li
          key={check.id}
          className={`check is-${check.status}`}
          data-testid={`${testIdPrefix}-${check.id}`}
        >
          <span className="check-status">{STATUS_WORDS[check.status]}</span>
          <span className="check-title">{TITLES[check.id]}</span>
          <span className="check-message">{check.message}</span>
        </li>
      ))}
    </ul>
  );
}
