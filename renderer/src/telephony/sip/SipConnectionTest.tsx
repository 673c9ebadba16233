import { useState } from 'react';
import type { PublicSettings } from '../../../../shared/domain/settings';
import type { ConnectionCheck } from '../../../../shared/domain/twilio';
import { getBridge } from '../../bridge/get-bridge';
import { CheckList } from './CheckList';
import { settledSipHostStatus } from './sip-host-status';
import { sipWindowChecks } from './sip-window-checks';

type Outcome =
  | { state: 'idle' }
  | { state: 'running' }
  | { state: 'done'; checks: ConnectionCheck[] }
  | { state: 'failed'; message: string };

const SIGN_IN_WAIT_MS = 10_000;

/** Checks the SIP chain, from the settings and the server to signing in and the microphone. */
export function SipConnectionTest({ settings }: { settings: PublicSettings }) {
  const [outcome, setOutcome] = useState<Outcome>({ state: 'idle' });
  const run = async () => {
    setOutcome({ state: 'running' });
    const core = await getBridge().sip.testConnection();
    if (!core.ok) return setOutcome({ state: 'failed', message: core.error.message });
    const local = await sipWindowChecks(settings, settledSipHostStatus(SIGN_IN_WAIT_MS));
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
          data-testid="sip-test-connection"
          aria-disabled={outcome.state === 'running' ? 'true' : undefined}
          onClick={() => void (outcome.state === 'running' ? undefined : run())}
        >
          {outcome.state === 'running' ? 'Testing…' : 'Test connection'}
        </button>
        {outcome.state === 'done' && (
          <span
            role="status"
            data-testid="sip-test-summary"
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
      {outcome.state === 'done' && <CheckList checks={outcome.checks} testIdPrefix="sip-check" />}
    </div>
  );
}
