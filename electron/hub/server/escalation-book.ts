import type { FloorEscalation } from '../../../shared/floor/floor-view';
import type { EscalationEventBody } from '../../../shared/floor/protocol';
import { fail, ok, type Result } from '../../../shared/result';
import { sql } from '../../core/platform/store/sql';
import type { Store } from '../../core/platform/store/store';
import { escalationFromRow, hubStatements, type EscalationRow } from '../store/hub-statements';

/** Escalations reps raised; stored with their events, open until a supervisor acknowledges. */
export class EscalationBook {
  private readonly open = new Map<string, FloorEscalation>();

  constructor(
    private readonly store: Store,
    openEscalations: readonly FloorEscalation[],
  ) {
    for (const escalation of openEscalations) this.open.set(escalation.id, escalation);
  }

  /** Oldest first: the one waiting longest is handled first. */
  list(): FloorEscalation[] {
    return [...this.open.values()].sort((a, b) => a.raisedAt - b.raisedAt);
  }

  /** The event is already stored (the ingest wrote both in one transaction). */
  raised(repId: string, body: EscalationEventBody, at: number): void {
    if (this.open.has(body.escalationId)) return;
    this.open.set(body.escalationId, {
      id: body.escalationId,
      repId,
      leadId: body.leadId,
      attemptId: body.attemptId,
      note: body.note,
      raisedAt: at,
      acknowledgedAt: null,
      acknowledgedBy: null,
    });
  }

  async acknowledge(id: string, by: string, now: number): Promise<Result<FloorEscalation>> {
    const result = await this.store.write(hubStatements.acknowledgeEscalation(id, by, now));
    this.open.delete(id);
    const row = await this.store.get<EscalationRow>(
      sql`SELECT * FROM escalations WHERE id = ${id}`,
    );
    if (!row) return fail('not-found', `There is no escalation ${id}.`);
    if (result.changes[0] === 0 && row.acknowledged_by !== by) {
      return fail(
        'conflict',
        `The escalation was already acknowledged by ${row.acknowledged_by ?? 'someone'}.`,
      );
    }
    return ok(escalationFromRow(row));
  }
}
