import { answerText } from '../../../shared/floor/escalation';
import type { MyEscalation } from '../../../shared/ipc/domains/floor';
import { getBridge } from '../bridge/get-bridge';
import { useMyEscalations } from './use-my-escalations';

const WAITING_TEXT = {
  sending: 'Escalation waiting to reach the hub',
  waiting: 'Escalation waiting for the supervisor',
} as const;

/**
 * The rep's escalations on the dial screen: each one's state until a supervisor answers, then the
 * answer (pushed by the hub the moment it is given) until the rep dismisses it.
 */
export function MyEscalations() {
  const mine = useMyEscalations();
  if (mine.status !== 'ready' || mine.value.length === 0) return null;
  return (
    <span className="my-escalations" role="status" data-testid="my-escalations">
      {mine.value.map((escalation) => (
        <MyEscalationChip key={escalation.escalationId} escalation={escalation} />
      ))}
    </span>
  );
}

function MyEscalationChip({ escalation }: { escalation: MyEscalation }) {
  const { answer } = escalation;
  if (escalation.state !== 'answered' || !answer) {
    return (
      <span className="my-escalation" data-state={escalation.state} data-testid="my-escalation">
        {WAITING_TEXT[escalation.state === 'sending' ? 'sending' : 'waiting']}…
      </span>
    );
  }
  return (
    <span className="my-escalation" data-state="answered" data-testid="my-escalation">
      <span data-testid="my-escalation-answer">
        {answer.by}: {answer.kind === 'reply' ? `“${answerText(answer)}”` : answerText(answer)}
      </span>
      <button
        type="button"
        className="button button-quiet"
        aria-label={`Dismiss ${answer.by}'s answer`}
        onClick={() => void getBridge().floor.dismissEscalation(escalation.escalationId)}
      >
        OK
      </button>
    </span>
  );
}
