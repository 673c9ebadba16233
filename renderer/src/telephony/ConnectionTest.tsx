import { useState } from 'react';
import type { PublicSettings } from '../../../shared/domain/settings';
import type { ConnectionCheck, ConnectionCheckId } from '../../../shared/domain/twilio';
import { getBridge } from '../bridge/get-bridge';
import { useHostStatus } from './host-status';
import { windowChecks } from './window-checks';

type Outcome =
  | { state: 'idle' }
  | { state: 'running' }
  | { state: 'done'; checks: ConnectionCheck[] }
  | { state: 'failed'; message: string };

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

/** Checks the whole chain, from the settings to this window's microphone, and says what is wrong. */
export function ConnectionTest({ settings }: { settings: PublicSettings }) {
  const [outcome, setOutcome] = useState<Outcome>({ state: 'idle' });
  const host = useHostStatus();
  const run = async () => {
    setOutcome({ state: 'running' });
    const core = await getBridge().telephony.testConnection();
    if (!core.ok) return setOutcome({ state: 'failed', message: core.error.message });
    const local = await windowChecks(settings, host);
    setOutcome({ state: 'done', checks: [...core.value.checks, ...local] });
  };
  const problems =
    outcome.state === 'done' ? outcome.checks.filter((c) => c.status === 'problem') : [];
  return (
    <div className="connection-test">
      <h3>Test connection</h3>
      <div className="form-actions">
        <button
          type="button"
          className="button button-primary"
          data-testid="twilio-test-connection"
          aria-disabled={outcome.state === 'running' ? 'true' : undefined}
          onClick={() => void (outcome.state === 'running' ? undefined : run())}
        >
          {outcome.state === 'running' ? 'Testing…' : 'Test connection'}
        </button>
        {outcome.state === 'done' && (
          <span
            role="status"
            data-testid="twilio-test-summary"
            className={problems.length ? 'is-bad' : 'is-good'}
          >
            {problems.length === 0
              ? 'Everything Dialdeck can check works.'
              : `${problems.length} ${problems.length === 1 ? 'thing needs' : 'things need'} fixing.`}
          </span>
        )}
      </div>
      {outcome.state === 'failed' && (
        <p className="error-text" role="alert">
          {outcome.message}
        </p>
      )}
      {outcome.state === 'done' && (
        <ul className="check-list" aria-label="Connection test results">
          {outcome.checks.map((check) => (
            <li
              key={check.id}
              className={`check is-${check.status}`}
              data-testid={`twilio-check-${check.id}`}
            >
              <span className="check-status">{STATUS_WORDS[check.status]}</span>
              <span className="check-title">{TITLES[check.id]}</span>
              <span className="check-message">{check.message}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
