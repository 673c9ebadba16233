import crypto from 'node:crypto';
import { DAY_MS } from '../../../shared/clock';
import type { AlertCondition } from '../../../shared/floor/alert-rules';
import type { AlertSnooze, FloorAlert } from '../../../shared/floor/floor-view';
import { fail, ok, type Result } from '../../../shared/result';
import { alertFromRow } from '../store/hub-rows';
import type { HubStore } from '../store/hub-store';

/** An acknowledged alert's condition key is remembered this long, so it is not raised again. */
const ALERT_KEY_MEMORY_MS = 7 * DAY_MS;

/**
 * The stored alerts. A condition is raised once per key (one idle spell, one waiting lead, one
 * day's conversion shortfall) and once per floor: the key is unique in the database, so two
 * nodes seeing the same condition store one alert. It leaves the open list when acknowledged or
 * when it stops holding; every node reloads the list when any node changes it.
 */
export class AlertBook {
  private open = new Map<string, { alert: FloorAlert; key: string }>();
  private knownKeys = new Set<string>();
  private snoozed: AlertSnooze[] = [];

  constructor(private readonly store: HubStore) {}

  /** Reads the open alerts and the recently raised keys (at start and when a node signals). */
  async reload(now: number): Promise<void> {
    const rows = await this.store.openAlerts(now - ALERT_KEY_MEMORY_MS);
    this.snoozed = await this.store.snoozes(now);
    this.knownKeys = new Set(rows.map((row) => row.condition_key));
    this.open = new Map(
      rows
        .filter((row) => row.acknowledged_at === null && row.cleared_at === null)
        .map((row) => [row.id, { alert: alertFromRow(row), key: row.condition_key }]),
    );
  }

  /** Reps whose alerts are snoozed now. */
  snoozes(now: number): AlertSnooze[] {
    return this.snoozed.filter((snooze) => snooze.until > now);
  }

  async snooze(repId: string, minutes: number, by: string, now: number): Promise<AlertSnooze> {
    const until = now + minutes * 60_000;
    await this.store.snoozeRep(repId, until, by, now);
    await this.reload(now);
    return { repId, until, by };
  }

  /** Open alerts, newest first. */
  list(): FloorAlert[] {
    return [...this.open.values()]
      .map((entry) => entry.alert)
      .sort((a, b) => b.raisedAt - a.raisedAt);
  }

  /**
   * Stores newly holding conditions and clears the ones that stopped, among the alerts this
   * node judges (`mine`); true when anything changed.
   */
  async reconcile(
    conditions: readonly AlertCondition[],
    now: number,
    mine: (repId: string | null) => boolean = () => true,
  ): Promise<boolean> {
    const holding = new Set(conditions.map((condition) => condition.key));
    const snoozed = new Set(this.snoozes(now).map((snooze) => snooze.repId));
    const raised = conditions
      .filter(
        (condition) =>
          mine(condition.repId) &&
          (condition.repId === null || !snoozed.has(condition.repId)) &&
          !this.knownKeys.has(condition.key),
      )
      .map((condition) => ({
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
      }));
    const cleared = [...this.open.values()].filter(
      (entry) => mine(entry.alert.repId) && !holding.has(entry.key),
    );
    if (raised.length === 0 && cleared.length === 0) return false;
    await this.store.reconcileAlerts(
      raised,
      cleared.map((entry) => entry.alert.id),
      now,
    );
    await this.reload(now);
    return true;
  }

  async acknowledge(id: string, by: string, now: number): Promise<Result<FloorAlert>> {
    const result = await this.store.acknowledgeAlert(id, by, now);
    this.open.delete(id);
    if (!result) return fail('not-found', `There is no alert ${id}.`);
    const { row, changed } = result;
    if (!changed && row.acknowledged_by !== by) {
      return fail(
        'conflict',
        `The alert was already acknowledged by ${row.acknowledged_by ?? 'someone'}.`,
      );
    }
    return ok(alertFromRow(row));
  }

  /** Stored alerts, newest first, including acknowledged and cleared ones. */
  async history(limit: number): Promise<FloorAlert[]> {
    return (await this.store.alertHistory(limit)).map(alertFromRow);
  }
}
