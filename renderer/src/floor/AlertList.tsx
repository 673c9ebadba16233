import { useState } from 'react';
import type { AlertSnooze, FloorAlert } from '../../../shared/floor/floor-view';
import { formatDuration } from '../../../shared/format/time';
import { ALERT_LABELS } from './alert-labels';
import { AlertHistory } from './AlertHistory';
import { useAcknowledge } from './use-acknowledge';

const SNOOZE_MINUTES = 30;

interface AlertListProps {
  alerts: readonly FloorAlert[];
  now: number;
  snoozes?: readonly AlertSnooze[];
  /** Rep id → name, for the snoozes line. */
  names?: ReadonlyMap<string, string>;
}

/** Open alerts, newest first; each stays until acknowledged or until its condition clears. */
export function AlertList({ alerts, now, snoozes = [], names = new Map() }: AlertListProps) {
  const { acknowledge, pending, errors } = useAcknowledge((api, id) =>
    api.floor.acknowledgeAlert(id),
  );
  // The snooze is keyed by the alert it was asked from; the hub applies it to the alert's rep.
  const byAlert = new Map(alerts.map((alert) => [alert.id, alert.repId]));
  const snooze = useAcknowledge((api, alertId) =>
    api.floor.snoozeRep(byAlert.get(alertId) ?? '', SNOOZE_MINUTES),
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
      {snoozes.length > 0 && (
        <p className="muted" data-testid="floor-snoozes">
          Snoozed:{' '}
          {snoozes
            .map(
              (snooze) =>
                `${names.get(snooze.repId) ?? snooze.repId} for ${formatDuration(snooze.until - now)} more (by ${snooze.by})`,
            )
            .join(', ')}
        </p>
      )}
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
                {alert.repId !== null && (
                  <button
                    type="button"
                    className="button button-quiet"
                    disabled={snooze.pending.has(alert.id)}
                    onClick={() => snooze.acknowledge(alert.id)}
                    title={`No new alert about this rep for ${SNOOZE_MINUTES} minutes`}
                  >
                    Snooze rep {SNOOZE_MINUTES} min
                  </button>
                )}
                {(errors[alert.id] ?? snooze.errors[alert.id]) && (
                  <span role="alert" className="floor-item-error">
                    {errors[alert.id] ?? snooze.errors[alert.id]}
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
