import { useState } from 'react';
import type { FloorAlert } from '../../../shared/floor/floor-view';
import { formatDuration } from '../../../shared/format/time';
import { ALERT_LABELS } from './alert-labels';
import { AlertHistory } from './AlertHistory';
import { useAcknowledge } from './use-acknowledge';

interface AlertListProps {
  alerts: readonly FloorAlert[];
  now: number;
}

/** Open alerts, newest first; each stays until acknowledged or until its condition clears. */
export function AlertList({ alerts, now }: AlertListProps) {
  const { acknowledge, pending, errors } = useAcknowledge((api, id) =>
    api.floor.acknowledgeAlert(id),
  );
  const [showHistory, setShowHistory] = useState(false);
  return (
    <section className="panel floor-side-panel" aria-labelledby="floor-alerts-title">
      <h2 id="floor-alerts-title" className="panel-title">
        Alerts <span className="muted">{alerts.length}</span>
        <button
          type="button"
          className="button button-quiet floor-title-button"
          aria-expanded={showHistory}
          onClick={() => setShowHistory((shown) => !shown)}
        >
          {showHistory ? 'Hide history' : 'History'}
        </button>
      </h2>
      {alerts.length === 0 ? (
        <p className="muted panel-empty">Nothing needs you now.</p>
      ) : (
        <ul className="floor-items" data-testid="floor-alerts">
          {alerts.map((alert) => (
            <li key={alert.id} className={`floor-item floor-alert alert-${alert.kind}`}>
              <div className="floor-item-head">
                <strong>{ALERT_LABELS[alert.kind]}</strong>
                <span className="muted">{formatDuration(now - alert.raisedAt)} ago</span>
              </div>
              <p className="floor-item-text">{alert.message}</p>
              <div className="floor-item-actions">
                <button
                  type="button"
                  className="button button-quiet"
                  disabled={pending.has(alert.id)}
                  onClick={() => acknowledge(alert.id)}
                >
                  Acknowledge
                </button>
                {errors[alert.id] && (
                  <span role="alert" className="floor-item-error">
                    {errors[alert.id]}
                  </span>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
      {showHistory && <AlertHistory />}
    </section>
  );
}
