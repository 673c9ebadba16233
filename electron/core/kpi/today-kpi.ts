import type { Clock } from '../../../shared/clock';
import type { Attempt } from '../../../shared/domain/attempt';
import type { Disposition } from '../../../shared/domain/disposition';
import type { LeadId } from '../../../shared/domain/lead';
import {
  computeKpiSnapshot,
  localDayAt,
  type KpiSnapshot,
  type LeadTiming,
  type LocalDay,
  type WorkShift,
} from '../../../shared/kpi';
import { AttemptRepository } from '../dialing';
import { sql, sqlList } from '../platform/store/sql';
import type { Store } from '../platform/store/store';
import type { PortChange } from '../queue/store';

export interface KpiScope {
  repId: string;
  timeZone: string;
  /** The rep's shift hours; null when the settings give none that make sense. */
  shift: WorkShift | null;
}

interface Day {
  scope: KpiScope;
  range: LocalDay;
  attempts: Map<string, Attempt>;
  leads: Map<LeadId, LeadTiming>;
}

/**
 * The rep's attempts of their local today, read from the store once and then kept up to date from
 * the session's writes, so the KPI strip is recomputed in memory on every outcome (a few hundred
 * attempts at most) instead of being read back. A new day, rep or time zone reads again.
 */
export class TodayKpi {
  private day: Day | null = null;
  private loading: Promise<Day> | null = null;
  /** Changes told while today is being read: the read may have missed them. */
  private missed: PortChange[] = [];
  /** The session's call on the line, whose talk counts up to now (never one a crash cut off). */
  private liveAttemptId: string | null = null;

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly scope: () => KpiScope,
    private readonly dispositions: () => readonly Disposition[],
  ) {}

  async snapshot(): Promise<KpiSnapshot> {
    return this.compute(await this.current());
  }

  /** Today's attempts, newest first. */
  async attempts(): Promise<Attempt[]> {
    const day = await this.current();
    return [...day.attempts.values()].sort(
      (a, b) => b.startedAt - a.startedAt || (a.id < b.id ? 1 : -1),
    );
  }

  /** The snapshot right now if today is in memory, else null (the caller reads it with snapshot()). */
  snapshotNow(): KpiSnapshot | null {
    const day = this.day;
    return day && this.isCurrent(day) ? this.compute(day) : null;
  }

  apply(change: PortChange): void {
    this.followLiveCall(change);
    if (this.loading) this.missed.push(change);
    if (this.day) this.applyTo(this.day, change);
  }

  /** Read today again on the next request (settings changed, or the store was written elsewhere). */
  invalidate(): void {
    this.day = null;
  }

  private followLiveCall(change: PortChange): void {
    if (change.kind === 'lead-skipped') return;
    const attemptId = change.kind === 'outcome-undone' ? change.attemptId : change.attempt.id;
    if (change.kind === 'attempt-started' || change.kind === 'attempt-saved') {
      const { answeredAt, endedAt } = change.attempt;
      if (answeredAt !== null && endedAt === null) {
        this.liveAttemptId = attemptId;
        return;
      }
    }
    if (attemptId === this.liveAttemptId) this.liveAttemptId = null;
  }

  private applyTo(day: Day, change: PortChange): void {
    switch (change.kind) {
      case 'attempt-started':
      case 'attempt-saved':
      case 'outcome-recorded':
        this.keep(day, change.attempt, change.lead);
        return;
      case 'attempt-dropped': {
        day.attempts.delete(change.attempt.id);
        const lead = day.leads.get(change.attempt.leadId);
        if (lead?.firstAttemptAt === change.attempt.startedAt) {
          day.leads.set(lead.id, { ...lead, firstAttemptAt: null });
        }
        return;
      }
      case 'outcome-undone': {
        const attempt = day.attempts.get(change.attemptId);
        if (attempt) {
          day.attempts.set(attempt.id, {
            ...attempt,
            outcomeCode: null,
            notOnTheLine: false,
            note: null,
            callbackAt: null,
            recordedAt: null,
          });
        }
        day.leads.set(change.lead.id, change.lead);
        return;
      }
      case 'lead-skipped':
        return;
    }
  }

  private keep(day: Day, attempt: Attempt, lead: LeadTiming | null): void {
    const { repId } = day.scope;
    if (attempt.repId !== repId || attempt.startedAt < day.range.start) return;
    if (attempt.startedAt >= day.range.end) return;
    const known = day.attempts.get(attempt.id);
    // A progress save never carries the outcome; keep the one already recorded.
    day.attempts.set(
      attempt.id,
      known && attempt.outcomeCode === null && known.outcomeCode !== null
        ? {
            ...attempt,
            outcomeCode: known.outcomeCode,
            notOnTheLine: known.notOnTheLine,
            note: known.note,
            callbackAt: known.callbackAt,
            recordedAt: known.recordedAt,
          }
        : attempt,
    );
    if (lead) day.leads.set(lead.id, lead);
    else if (!day.leads.has(attempt.leadId)) {
      this.fetchLead(day, attempt.leadId).catch(() => undefined);
    }
  }

  private compute(day: Day): KpiSnapshot {
    return computeKpiSnapshot({
      attempts: [...day.attempts.values()],
      dispositions: this.dispositions(),
      leads: [...day.leads.values()],
      timeZone: day.scope.timeZone,
      liveAttemptId: this.liveAttemptId,
      // Read now, not with the day: a change of shift hours needs no new read of the store.
      shift: this.scope().shift,
      now: this.clock.now(),
    });
  }

  private isCurrent(day: Day): boolean {
    const scope = this.scope();
    const now = this.clock.now();
    return (
      day.scope.repId === scope.repId &&
      day.scope.timeZone === scope.timeZone &&
      now >= day.range.start &&
      now < day.range.end
    );
  }

  private async current(): Promise<Day> {
    if (this.day && this.isCurrent(this.day)) return this.day;
    this.loading ??= this.load().finally(() => (this.loading = null));
    return this.loading;
  }

  private async load(): Promise<Day> {
    this.missed = [];
    const scope = this.scope();
    const range = localDayAt(this.clock.now(), scope.timeZone);
    const attempts = await new AttemptRepository(this.store).byRepBetween(
      scope.repId,
      range.start,
      range.end,
    );
    const day: Day = {
      scope,
      range,
      attempts: new Map(attempts.map((attempt) => [attempt.id, attempt])),
      leads: new Map(),
    };
    const leadIds = [...new Set(attempts.map((attempt) => attempt.leadId))];
    for (let start = 0; start < leadIds.length; start += 500) {
      for (const lead of await readTimings(this.store, leadIds.slice(start, start + 500))) {
        day.leads.set(lead.id, lead);
      }
    }
    for (const change of this.missed.splice(0)) this.applyTo(day, change);
    this.day = day;
    return day;
  }

  private async fetchLead(day: Day, leadId: LeadId): Promise<void> {
    const [lead] = await readTimings(this.store, [leadId]);
    if (lead && !day.leads.has(leadId)) day.leads.set(leadId, lead);
  }
}

async function readTimings(store: Store, ids: readonly LeadId[]): Promise<LeadTiming[]> {
  if (ids.length === 0) return [];
  const rows = await store.all<{ id: number; created_at: number; first_attempt_at: number | null }>(
    sql`SELECT id, created_at, first_attempt_at FROM leads WHERE id IN (${sqlList([...ids])})`,
  );
  return rows.map((row) => ({
    id: row.id,
    createdAt: row.created_at,
    firstAttemptAt: row.first_attempt_at,
  }));
}
