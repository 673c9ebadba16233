import type {
  AlertSnooze,
  FloorAlert,
  FloorEscalation,
  FloorView,
} from '../../../shared/floor/floor-view';
import type { EscalationAnswerInput } from '../../../shared/floor/escalation';
import type { Result } from '../../../shared/result';

/** The floor as the supervisor's app uses it in-process (the same data the hub pushes to clients). */
export interface FloorApi {
  /** The floor now, built on demand. */
  view(): FloorView;
  /** Called with a new view at most every push interval while anything changes, and once a second. */
  subscribe(listener: (view: FloorView) => void): () => void;
  acknowledgeAlert(alertId: string, by: string): Promise<Result<FloorAlert>>;
  /** The rep whose escalation it is sees the answer at once. */
  answerEscalation(
    escalationId: string,
    answer: EscalationAnswerInput,
    by: string,
  ): Promise<Result<FloorEscalation>>;
  /** Stored alerts, newest first, acknowledged and cleared ones included. */
  alertHistory(limit?: number): Promise<FloorAlert[]>;
  /** No new alert about the rep for `minutes`; the rep's open alerts are acknowledged. */
  snoozeRep(repId: string, minutes: number, by: string): Promise<AlertSnooze>;
}
