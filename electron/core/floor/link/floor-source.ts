import type { FloorAlert, FloorView } from '../../../../shared/floor/floor-view';
import type { Result } from '../../../../shared/result';

/** The floor as a supervisor's app sees it, whether it hosts the hub or follows a remote one. */
export interface FloorSource {
  /** null until the hub has sent a first view (a remote hub). */
  view(): FloorView | null;
  subscribe(listener: (view: FloorView) => void): () => void;
  acknowledgeAlert(alertId: string, by: string): Promise<Result<null>>;
  acknowledgeEscalation(escalationId: string, by: string): Promise<Result<null>>;
  alertHistory(limit: number): Promise<Result<FloorAlert[]>>;
}
