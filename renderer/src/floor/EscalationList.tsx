import type { EscalationAnswerInput } from '../../../shared/floor/escalation';
import type { FloorEscalation, FloorRepRow } from '../../../shared/floor/floor-view';
import { EscalationCard } from './EscalationCard';
import { useAcknowledge } from './use-acknowledge';

interface EscalationListProps {
  escalations: readonly FloorEscalation[];
  reps: readonly FloorRepRow[];
  now: number;
}

/** Calls reps flagged for the supervisor, oldest first, until someone answers them. */
export function EscalationList({ escalations, reps, now }: EscalationListProps) {
  const {
    acknowledge: answer,
    pending,
    errors,
  } = useAcknowledge((api, id, reply: EscalationAnswerInput) =>
    api.floor.answerEscalation(id, reply),
  );
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
            <EscalationCard
              key={escalation.id}
              escalation={escalation}
              rep={reps.find((rep) => rep.repId === escalation.repId)}
              now={now}
              pending={pending.has(escalation.id)}
              error={errors[escalation.id]}
              onAnswer={(reply) => answer(escalation.id, reply)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
