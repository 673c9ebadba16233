import { useEffect, useState } from 'react';
import type { FloorAlert } from '../../../shared/floor/floor-view';
import { formatLocalTime } from '../../../shared/format/time';
import type { LiveValue } from '../bridge/use-live-value';
import { getBridge } from '../bridge/get-bridge';
import { ALERT_LABELS } from './alert-labels';

const ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The stored alerts, newest first: what was raised, and who acknowledged it or when it cleared. */
export function AlertHistory() {
  const [history, setHistory] = useState<LiveValue<FloorAlert[]>>({ status: 'loading' });
  useEffect(() => {
    let active = true;
    getBridge()
      .floor.alertHistory()
      .then(
        (result) =>
          active &&
          setHistory(
            result.ok
              ? { status: 'ready', value: result.value }
              : { status: 'error', message: result.error.message },
          ),
        (error: Error) => active && setHistory({ status: 'error', message: error.message }),
      );
    return () => {
      active = false;
    };
  }, []);
  if (history.status === 'loading') return <p className="muted panel-empty">Loading…</p>;
  if (history.status === 'error') return <p className="muted panel-empty">{history.message}</p>;
  if (history.value.length === 0) return <p className="muted panel-empty">No alert yet.</p>;
  return (
    <ol className="floor-history" aria-label="Alert history">
      {history.value.map((alert) => (
        <li key={alert.id}>
          <span className="floor-history-time">{formatLocalTime(alert.raisedAt, ZONE)}</span>{' '}
          <strong>{ALERT_LABELS[alert.kind]}</strong> {alert.message}{' '}
          <span className="muted">{outcomeOf(alert)}</span>
        </li>
      ))}
    </ol>
  );
}

function outcomeOf(alert: FloorAlert): string {
  if (alert.acknowledgedBy !== null) return `acknowledged by ${alert.acknowledgedBy}`;
  if (alert.clearedAt !== null) return 'cleared';
  return 'open';
}
