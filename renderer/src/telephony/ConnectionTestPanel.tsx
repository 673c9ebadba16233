import { useState } from 'react';
import type { ConnectionCheck, ConnectionReport } from '../../../shared/domain/twilio';
import type { Result } from '../../../shared/result';
import { CheckList } from './CheckList';

type Outcome =
  | { state: 'idle' }
  | { state: 'running' }
  | { state: 'done'; checks: ConnectionCheck[] }
  | { state: 'failed'; message: string };

export interface ConnectionTestPanelProps {
  /** Starts the line's test ids, e.g. 'sip' for sip-test-connection and sip-check-server. */
  testIdPrefix: string;
  /** The core's half of the test. */
  coreChecks: () => Promise<Result<ConnectionReport>>;
  /** This window's half, run once the core's is in. */
  windowChecks: () => Promise<ConnectionCheck[]>;
}

/** Runs a line's connection test on demand, then says what is wrong, one finding a line. */
export function ConnectionTestPanel({
  testIdPrefix,
  coreChecks,
  windowChecks,
}: ConnectionTestPanelProps) {
  const [outcome, setOutcome] = useState<Outcome>({ state: 'idle' });
  const run = async () => {
    setOutcome({ state: 'running' });
    const core = await coreChecks();
    if (!core.ok) return setOutcome({ state: 'failed', message: core.error.message });
    const local = await windowChecks();
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
          data-testid={`${testIdPrefix}-test-connection`}
          aria-disabled={outcome.state === 'running' ? 'true' : undefined}
          onClick={() => void (outcome.state === 'running' ? undefined : run())}
        >
          {outcome.state === 'running' ? 'Testing…' : 'Test connection'}
        </button>
        {outcome.state === 'done' && (
          <span
            role="status"
            data-testid={`${testIdPrefix}-test-summary`}
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
        <CheckList checks={outcome.checks} testIdPrefix={`${testIdPrefix}-check`} />
      )}
    </div>
  );
}
