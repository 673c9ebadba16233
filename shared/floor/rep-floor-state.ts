import { DAY_MS } from '../clock';
import { localDayAt, type KpiSnapshot } from '../kpi';
import type { PauseCode, SessionStateName } from '../domain/session';
import type { FloorRepRow, LeadsWaiting } from './floor-view';
import type { AttemptEventBody, FloorEvent, FloorLeadRef } from './protocol';
import { floorKpis, repKpiSnapshot } from './rep-kpis';

export interface RepIdentity {
  repId: string;
  repName: string;
  timeZone: string;
}

/** Attempts older than this cannot fall in any rep's "today" and are forgotten. */
const ATTEMPT_MEMORY_MS = 2 * DAY_MS;

/** One rep on the floor: the latest state, the day's attempts, and today's KPIs (cached). */
export class RepFloorState {
  connected = false;
  private state: SessionStateName | null = null;
  private stateSince: number | null = null;
  private pauseCode: PauseCode | null = null;
  private lead: FloorLeadRef | null = null;
  private leadsWaiting: LeadsWaiting | null = null;
  private lastSeq = 0;
  private lastEventAt: number | null = null;
  private readonly attempts = new Map<string, AttemptEventBody>();
  private snapshot: { kpis: KpiSnapshot; validUntil: number } | null = null;

  constructor(private identity: RepIdentity) {}

  get repId(): string {
    return this.identity.repId;
  }

  rename(identity: RepIdentity): void {
    if (identity.timeZone !== this.identity.timeZone) this.snapshot = null;
    this.identity = identity;
  }

  /** A new outbox stream (reinstalled app) counts its seq from 1 again. */
  startStream(lastSeq: number): void {
    this.lastSeq = lastSeq;
  }

  /**
   * Events arrive in seq order (escalations are kept by the hub, not here); `receivedAt` is when
   * the hub stored the event, on the hub's clock. The rep's clock may be off by any amount, so a
   * time it reports is placed on the hub's clock: arrival, less how long before the event it was
   * (a duration on the rep's one clock, which skew does not change).
   */
  apply(event: FloorEvent, receivedAt: number): void {
    this.lastSeq = event.seq;
    this.lastEventAt = event.at;
    const onHubClock = (repTime: number) => receivedAt - Math.max(0, event.at - repTime);
    switch (event.type) {
      case 'state':
        this.state = event.state;
        this.stateSince = onHubClock(event.since);
        this.pauseCode = event.pauseCode;
        this.lead = event.lead;
        return;
      case 'attempt': {
        const { eventId: _e, repId: _r, seq: _s, at: _a, ...report } = event;
        if (report.calledOff) this.attempts.delete(report.attemptId);
        else if (report.answeredAt !== null && report.endedAt === null) {
          // A live call's talk runs on the hub's clock, up to the moment of each view.
          this.attempts.set(report.attemptId, {
            ...report,
            answeredAt: onHubClock(report.answeredAt),
          });
        } else this.attempts.set(report.attemptId, report);
        this.snapshot = null;
        return;
      }
      case 'lead-waiting': {
        const sameOldest =
          this.leadsWaiting !== null && this.leadsWaiting.oldestCreatedAt === event.oldestCreatedAt;
        this.leadsWaiting = {
          count: event.count,
          oldestCreatedAt: event.oldestCreatedAt,
          reportedAt: event.at,
          oldestFirstReportedAt: sameOldest ? this.leadsWaiting!.oldestFirstReportedAt : event.at,
        };
        return;
      }
      case 'escalation':
        return;
    }
  }

  kpis(now: number): KpiSnapshot {
    if (this.snapshot && now < this.snapshot.validUntil) return this.snapshot.kpis;
    for (const [id, report] of this.attempts) {
      if (report.startedAt < now - ATTEMPT_MEMORY_MS) this.attempts.delete(id);
    }
    const kpis = repKpiSnapshot(
      this.identity.repId,
      this.attempts.values(),
      this.identity.timeZone,
      now,
    );
    // Pace figures move with the clock but the floor shows none of them: valid until midnight,
    // unless a call is live, whose talk time grows with every view.
    const live = [...this.attempts.values()].some(
      (report) => report.answeredAt !== null && report.endedAt === null,
    );
    this.snapshot = { kpis, validUntil: live ? now : localDayAt(now, this.identity.timeZone).end };
    return kpis;
  }

  row(now: number): FloorRepRow {
    return {
      ...this.identity,
      connected: this.connected,
      state: this.state,
      stateSince: this.stateSince,
      pauseCode: this.pauseCode,
      lead: this.lead,
      leadsWaiting: this.leadsWaiting,
      kpis: floorKpis(this.kpis(now)),
      lastSeq: this.lastSeq,
      lastEventAt: this.lastEventAt,
    };
  }
}
