import type { FloorEscalation, FloorRepRow } from '../../../shared/floor/floor-view';
import { formatDuration } from '../../../shared/format/time';
import { useAcknowledge } from './use-acknowledge';

interface EscalationListProps {
  escalations: readonly FloorEscalation[];
  reps: readonly FloorRepRow[];
  now: number;
}

/** Calls reps flagged for the supervisor, oldest first, until someone acknowledges them. */
export function EscalationList({ escalations, reps, now }: EscalationListProps) {
  const { acknowledge, pending, errors } = useAcknowledge((api, id) =>
    api.floor.acknowledgeEscalation(id),
  );
  const nameOf = (repId: string) => reps.find((rep) => rep.repId === repId)?.repName ?? repId;
  return (
    <section className="panel floor-side-panel" aria-labelledby="floor-escalations-title">
      <h2 id="floor-escalations-title" className="panel-title">
        Escalations <span className="muted">{escalations.length}</span>
      </h2>
      {escalations.length === 0 ? (
        <p className="muted panel-empty">No call is waiting for you.</p>
      ) : (
        <ul className="floor-items" data-testid="floor-escalations">
          {escalations.map((escalation) => (
            <li
              key={escalation.id}
              className="floor-item floor-escalation"
              data-testid={`floor-escalation-${escalation.repId}`}
            >
              <div className="floor-item-head">
                <strong>{nameOf(escalation.repId)}</strong>
                <span className="muted">
                  {formatDuration(now - escalation.raisedAt)} ago
                  {escalation.leadId !== null ? ` · lead ${escalation.leadId}` : ''}
                </span>
              </div>
              <p className="floor-item-text">{escalation.note}</p>
              <div className="floor-item-actions">
                <button
                  type="button"
                  className="button button-quiet"
                  disabled={pending.has(escalation.id)}
                  onClick={() => acknowledge(escalation.id)}
                >
                  Acknowledge
                </button>
                {errors[escalation.id] && (
                  <span role="alert" className="floor-item-error">
                    {errors[escalation.id]}
                  </span>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
