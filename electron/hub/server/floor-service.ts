import type { Clock, TimerHandle } from '../../../shared/clock';
import { evaluateAlerts as alertConditions } from '../../../shared/floor/alert-rules';
import type { AlertThresholds } from '../../../shared/floor/alert-thresholds';
import type { FloorModel } from '../../../shared/floor/floor-model';
import type { EscalationAnswerInput } from '../../../shared/floor/escalation';
import type { FloorView } from '../../../shared/floor/floor-view';
import { evaluatePoolAlerts } from '../../../shared/floor/pool-alerts';
import type { FloorPool } from '../../../shared/floor/pool-view';
import type { RepIdentity } from '../../../shared/floor/rep-floor-state';
import { CoalescedRun } from '../../core/platform/concurrency/coalesced-run';
import type { Logger } from '../../core/platform/log/logger';
import type { HubSignal, HubStore, StoredEvent } from '../store/hub-store';
import type { AlertBook } from './alert-book';
import type { EscalationBook } from './escalation-book';
import type { FloorApi } from './floor-api';
import { PushScheduler } from './push-scheduler';

export interface FloorServiceDeps {
  model: FloorModel;
  store: HubStore;
  alerts: AlertBook;
  escalations: EscalationBook;
  thresholds: AlertThresholds;
  clock: Clock;
  log: Logger;
  pushIntervalMs: number;
  tickIntervalMs: number;
}

/**
 * The live floor of one hub node: applies stored events (its own reps' and other nodes'),
 * follows where each rep is connected, evaluates alerts, and pushes coalesced views.
 */
export class FloorService implements FloorApi {
  private readonly listeners = new Set<(view: FloorView) => void>();
  /** Reps whose socket is on this node: known here first-hand, whatever the database says. */
  private readonly local = new Set<string>();
  /** Reps whose socket is on another live node: that node judges their alerts. */
  private readonly elsewhere = new Set<string>();
  /** The live node with the smallest id judges the team's alerts and those of offline reps. */
  private leader = true;
  private readonly pushes: PushScheduler;
  private tickTimer: TimerHandle | null = null;
  private evaluation: Promise<void> = Promise.resolve();
  private stopped = false;
  /** The team pool as its last routing pass on this node left it. */
  private pool: FloorPool | null = null;

  constructor(private readonly deps: FloorServiceDeps) {
    this.pushes = new PushScheduler(deps.clock, deps.pushIntervalMs, () => this.push());
  }

  start(): void {
    this.scheduleTick();
  }

  stop(): void {
    this.stopped = true;
    this.tickTimer?.cancel();
    this.pushes.cancel();
  }

  view(): FloorView {
    const { model, alerts, escalations, clock } = this.deps;
    const now = clock.now();
    return model.view(now, alerts.list(), escalations.list(), alerts.snoozes(now), this.pool);
  }

  /** The pool after a routing pass: shown on the floor, and judged by the alert rules. */
  poolChanged(pool: FloorPool): void {
    this.pool = pool;
    this.pushes.request();
  }

  subscribe(listener: (view: FloorView) => void): () => void {
    this.listeners.add(listener);
    this.pushes.request();
    return () => this.listeners.delete(listener);
  }

  repConnected(identity: RepIdentity, streamLastSeq: number): void {
    const rep = this.deps.model.upsertRep(identity);
    rep.startStream(streamLastSeq);
    rep.connected = true;
    this.local.add(identity.repId);
    this.pushes.request();
  }

  repDisconnected(repId: string): void {
    const rep = this.deps.model.rep(repId);
    if (rep) rep.connected = false;
    this.local.delete(repId);
    this.pushes.request();
  }

  /** Events read back from the database in stored order (see FloorTail). */
  async applyStored(stored: readonly StoredEvent[]): Promise<void> {
    if (stored.some(({ event }) => !this.deps.model.rep(event.repId))) await this.refreshReps();
    for (const { event, receivedAt } of stored) {
      if (this.deps.model.rep(event.repId)) this.deps.model.apply(event, receivedAt);
      else this.deps.log.error('hub skipped an event of an unknown rep', { repId: event.repId });
    }
    if (stored.some(({ event }) => event.type === 'escalation')) {
      await this.deps.escalations.reload();
    }
    if (stored.length > 0) this.pushes.request();
  }

  /**
   * Another node (or this one) changed what every node shows. A burst of signals (a whole floor
   * logging in at nine) costs one re-read at a time, not one each: they would queue on the pool.
   */
  signalled(signal: Exclude<HubSignal, 'events' | 'walls'>): Promise<void> {
    return this.rereads[signal].request();
  }

  private readonly rereads = {
    presence: this.coalesced(() => this.refreshReps()),
    alerts: this.coalesced(() => this.deps.alerts.reload(this.deps.clock.now())),
    escalations: this.coalesced(() => this.deps.escalations.reload()),
  };

  private coalesced(reread: () => Promise<void>): CoalescedRun {
    return new CoalescedRun(
      async () => {
        await reread();
        this.pushes.request();
      },
      (error) => this.deps.log.warn('hub could not follow a change', { error: error.message }),
    );
  }

  /** Which reps exist and which are connected to a live node, whichever node holds them. */
  async refreshReps(): Promise<void> {
    const now = this.deps.clock.now();
    const [first] = await this.deps.store.liveNodes(now);
    this.leader = first === undefined || first >= this.deps.store.nodeId;
    this.elsewhere.clear();
    for (const row of await this.deps.store.reps(now)) {
      if (row.live && row.node_id !== this.deps.store.nodeId) this.elsewhere.add(row.rep_id);
      const rep = this.deps.model.upsertRep({
        repId: row.rep_id,
        repName: row.rep_name,
        timeZone: row.time_zone,
      });
      rep.connected =
        this.local.has(row.rep_id) || (row.live && row.node_id !== this.deps.store.nodeId);
    }
    this.pushes.request();
  }

  async acknowledgeAlert(alertId: string, by: string) {
    const result = await this.deps.alerts.acknowledge(alertId, by, this.deps.clock.now());
    this.pushes.request();
    return result;
  }

  async answerEscalation(escalationId: string, answer: EscalationAnswerInput, by: string) {
    const now = this.deps.clock.now();
    const result = await this.deps.escalations.answer(escalationId, answer, by, now);
    this.pushes.request();
    return result;
  }

  /** No new alert about the rep for `minutes`; the rep's open alerts are acknowledged. */
  async snoozeRep(repId: string, minutes: number, by: string) {
    const snooze = await this.deps.alerts.snooze(repId, minutes, by, this.deps.clock.now());
    this.pushes.request();
    return snooze;
  }

  alertHistory(limit = 200) {
    return this.deps.alerts.history(limit);
  }

  /** Evaluates the alert rules now (also done every tick); resolves once changes are stored. */
  evaluateAlerts(): Promise<void> {
    this.evaluation = this.evaluation.then(() => this.runEvaluation());
    return this.evaluation;
  }

  /** Resolves when no alert evaluation is running (before the store closes). */
  settled(): Promise<void> {
    return this.evaluation;
  }

  private async runEvaluation(): Promise<void> {
    try {
      const now = this.deps.clock.now();
      const rows = this.deps.model.rows(now);
      const names = new Map(rows.map((row) => [row.repId, row.repName]));
      const conditions = [
        ...alertConditions(rows, now, this.deps.thresholds),
        ...(this.pool
          ? evaluatePoolAlerts(this.pool, now, this.deps.thresholds, (id) => names.get(id) ?? id)
          : []),
      ];
      const mine = (repId: string | null) => this.judges(repId);
      if (await this.deps.alerts.reconcile(conditions, now, mine)) this.pushes.request();
    } catch (error) {
      this.deps.log.error('hub could not store alerts', { error: (error as Error).message });
    }
  }

  /**
   * Each alert is judged by one node, so a node whose view of a rep lags (its events, or whether
   * it is connected) never clears what the node holding the rep raised: the rep's own node,
   * else the leader.
   */
  private judges(repId: string | null): boolean {
    if (repId !== null && this.local.has(repId)) return true;
    if (repId !== null && this.elsewhere.has(repId)) return false;
    return this.leader;
  }

  private scheduleTick(): void {
    if (this.stopped) return;
    this.tickTimer = this.deps.clock.setTimer(() => {
      // Time in state moves even when no event arrives: subscribers get a fresh view each tick.
      if (this.listeners.size > 0) this.pushes.request();
      void this.evaluateAlerts().finally(() => this.scheduleTick());
    }, this.deps.tickIntervalMs);
  }

  private push(): void {
    if (this.listeners.size === 0) return;
    const view = this.view();
    for (const listener of this.listeners) {
      try {
        listener(view);
      } catch (error) {
        this.deps.log.error('floor listener failed', { error: (error as Error).message });
      }
    }
  }
}
