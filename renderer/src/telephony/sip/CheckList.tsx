import type { ConnectionCheck, ConnectionCheckId } from '../../../../shared/domain/twilio';

const TITLES: Partial<Record<ConnectionCheckId, string>> = {
  provider: 'Line',
  settings: 'Settings',
  server: 'SIP server',
  window: 'Window',
  registration: 'Sign-in',
  microphone: 'Microphone',
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
          <span className="check-title">{TITLES[check.id] ?? check.id}</span>
          <span className="check-message">{check.message}</span>
        </li>
      ))}
    </ul>
  );
}
