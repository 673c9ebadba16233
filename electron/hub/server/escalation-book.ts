import type { EscalationAnswerInput } from '../../../shared/floor/escalation';
import type { FloorEscalation } from '../../../shared/floor/floor-view';
import { fail, ok, type Result } from '../../../shared/result';
import { escalationFromRow } from '../store/hub-rows';
import type { HubStore } from '../store/hub-store';

/**
 * Escalations reps raised, stored with their events, open until a supervisor answers. The
 * database is the list: every node reloads it when an escalation arrives or is answered, and
 * tells `changed` which reps' escalations moved, so their apps hear of it at once.
 */
export class EscalationBook {
  private open = new Map<string, FloorEscalation>();

  constructor(
    private readonly store: HubStore,
    private readonly changed: (repIds: ReadonlySet<string>) => void = () => undefined,
  ) {}

  async reload(): Promise<void> {
    const rows = await this.store.openEscalations();
    const next = new Map(rows.map((row) => [row.id, escalationFromRow(row)]));
    const moved = new Set<string>();
    for (const [id, escalation] of next) if (!this.open.has(id)) moved.add(escalation.repId);
    for (const [id, escalation] of this.open) if (!next.has(id)) moved.add(escalation.repId);
    this.open = next;
    if (moved.size > 0) this.changed(moved);
  }

  /** Oldest first: the one waiting longest is handled first. */
  list(): FloorEscalation[] {
    return [...this.open.values()].sort((a, b) => a.raisedAt - b.raisedAt);
  }

  async answer(
    id: string,
    answer: EscalationAnswerInput,
    by: string,
    now: number,
  ): Promise<Result<FloorEscalation>> {
    const result = await this.store.answerEscalation(id, answer, by, now);
    this.open.delete(id);
    if (!result) return fail('not-found', `There is no escalation ${id}.`);
    const { row, changed } = result;
    if (changed) this.changed(new Set([row.rep_id]));
    else if (row.acknowledged_by !== by || row.answer !== answer.kind) {
      return fail(
        'conflict',
        `The escalation was already answered by ${row.acknowledged_by ?? 'someone'}.`,
      );
    }
    return ok(escalationFromRow(row));
  }
}
