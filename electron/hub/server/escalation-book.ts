import type { FloorEscalation } from '../../../shared/floor/floor-view';
import { fail, ok, type Result } from '../../../shared/result';
import { escalationFromRow } from '../store/hub-rows';
import type { HubStore } from '../store/hub-store';

/**
 * Escalations reps raised, stored with their events, open until a supervisor acknowledges. The
 * database is the list: every node reloads it when an escalation arrives or is acknowledged.
 */
export class EscalationBook {
  private open = new Map<string, FloorEscalation>();

  constructor(private readonly store: HubStore) {}

  async reload(): Promise<void> {
    const rows = await this.store.openEscalations();
    this.open = new Map(rows.map((row) => [row.id, escalationFromRow(row)]));
  }

  /** Oldest first: the one waiting longest is handled first. */
  list(): FloorEscalation[] {
    return [...this.open.values()].sort((a, b) => a.raisedAt - b.raisedAt);
  }

  async acknowledge(id: string, by: string, now: number): Promise<Result<FloorEscalation>> {
    const result = await this.store.acknowledgeEscalation(id, by, now);
    this.open.delete(id);
    if (!result) return fail('not-found', `There is no escalation ${id}.`);
    const { row, changed } = result;
    if (!changed && row.acknowledged_by !== by) {
      return fail(
        'conflict',
        `The escalation was already acknowledged by ${row.acknowledged_by ?? 'someone'}.`,
      );
    }
    return ok(escalationFromRow(row));
  }
}
