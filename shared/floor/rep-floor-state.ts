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

  /** Events arrive in seq order; escalations and DNC additions are kept by the hub, not here. */
  apply(event: FloorEvent): void {
    this.lastSeq = event.seq;
    this.lastEventAt = event.at;
    switch (event.type) {
      case 'state':
        this.state = event.state;
        this.stateSince = event.since;
        this.pauseCode = event.pauseCode;
        this.lead = event.lead;
        return;
      case 'attempt': {
        const { eventId: _e, repId: _r, seq: _s, at: _a, ...report } = event;
        this.attempts.set(report.attemptId, report);
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
      case 'dnc-added':
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
    // Pace figures move with the clock but the floor shows none of them: valid until midnight.
    this.snapshot = { kpis, validUntil: localDayAt(now, this.identity.timeZone).end };
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
