import crypto from 'node:crypto';
import type { AlertCondition } from '../../../shared/floor/alert-rules';
import type { FloorAlert } from '../../../shared/floor/floor-view';
import { fail, ok, type Result } from '../../../shared/result';
import { sql, type SqlStatement } from '../../core/platform/store/sql';
import type { Store } from '../../core/platform/store/store';
import { alertFromRow, hubStatements, type AlertRow } from '../store/hub-statements';

/**
 * The stored alerts. A condition is raised once per key (one idle spell, one waiting lead, one
 * day's conversion shortfall); it leaves the open list when acknowledged or when it stops holding.
 */
export class AlertBook {
  private readonly open = new Map<string, { alert: FloorAlert; key: string }>();

  constructor(
    private readonly store: Store,
    openAlerts: readonly { alert: FloorAlert; key: string }[],
    private readonly knownKeys: Set<string>,
  ) {
    for (const entry of openAlerts) this.open.set(entry.alert.id, entry);
  }

  /** Open alerts, newest first. */
  list(): FloorAlert[] {
    return [...this.open.values()]
      .map((entry) => entry.alert)
      .sort((a, b) => b.raisedAt - a.raisedAt);
  }

  /** Stores newly holding conditions and clears the ones that stopped; true when anything changed. */
  async reconcile(conditions: readonly AlertCondition[], now: number): Promise<boolean> {
    const holding = new Set(conditions.map((condition) => condition.key));
    const raised: { alert: FloorAlert; key: string }[] = [];
    for (const condition of conditions) {
      if (this.knownKeys.has(condition.key)) continue;
      raised.push({
        key: condition.key,
        alert: {
          id: crypto.randomUUID(),
          kind: condition.kind,
          repId: condition.repId,
          message: condition.message,
          raisedAt: now,
          clearedAt: null,
          acknowledgedAt: null,
          acknowledgedBy: null,
        },
      });
    }
    const cleared = [...this.open.values()].filter((entry) => !holding.has(entry.key));
    if (raised.length === 0 && cleared.length === 0) return false;

    const statements: SqlStatement[] = [
      ...raised.map((entry) => hubStatements.insertAlert(entry.alert, entry.key)),
      ...cleared.map((entry) => hubStatements.clearAlert(entry.alert.id, now)),
    ];
    await this.store.write(statements);
    for (const entry of raised) {
      this.knownKeys.add(entry.key);
      this.open.set(entry.alert.id, entry);
    }
    for (const entry of cleared) this.open.delete(entry.alert.id);
    return true;
  }

  async acknowledge(id: string, by: string, now: number): Promise<Result<FloorAlert>> {
    const result = await this.store.write(hubStatements.acknowledgeAlert(id, by, now));
    this.open.delete(id);
    const row = await this.store.get<AlertRow>(sql`SELECT * FROM alerts WHERE id = ${id}`);
    if (!row) return fail('not-found', `There is no alert ${id}.`);
    if (result.changes[0] === 0 && row.acknowledged_by !== by) {
      return fail(
        'conflict',
        `The alert was already acknowledged by ${row.acknowledged_by ?? 'someone'}.`,
      );
    }
    return ok(alertFromRow(row));
  }

  /** Stored alerts, newest first, including acknowledged and cleared ones. */
  async history(limit: number): Promise<FloorAlert[]> {
    const rows = await this.store.all<AlertRow>(
      sql`SELECT * FROM alerts ORDER BY raised_at DESC, id LIMIT ${limit}`,
    );
    return rows.map(alertFromRow);
  }
}
