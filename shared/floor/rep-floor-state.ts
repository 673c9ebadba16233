import { DAY_MS } from '../clock';
import { localDayAt, type KpiSnapshot, type LocalDay } from '../kpi';
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
  /**
   * The call on the line (answered, not ended; its answer on the hub's clock): its talk grows
   * with every view. Only while the rep is connected: after a crash cut a call off, the rep's app
   * reports its new state and never that call's end, which then never grows.
   */
  private liveCall: { attemptId: string; answeredAt: number; startedAt: number } | null = null;
  private snapshot: {
    kpis: KpiSnapshot;
    computedAt: number;
    validUntil: number;
    day: LocalDay;
  } | null = null;

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
   * Events arrive in seq order (escalations and DNC additions are kept by the hub, not here);
   * `receivedAt` is when
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
        if (event.state !== 'connected' && this.liveCall) {
          this.liveCall = null;
          this.snapshot = null;
        }
        this.state = event.state;
        this.stateSince = onHubClock(event.since);
        this.pauseCode = event.pauseCode;
        this.lead = event.lead;
        return;
      case 'attempt': {
        const { eventId: _e, repId: _r, seq: _s, at: _a, ...report } = event;
        if (this.liveCall?.attemptId === report.attemptId) this.liveCall = null;
        if (report.calledOff) this.attempts.delete(report.attemptId);
        else if (report.answeredAt !== null && report.endedAt === null) {
          // A live call's talk runs on the hub's clock, up to the moment of each view.
          const answeredAt = onHubClock(report.answeredAt);
          this.attempts.set(report.attemptId, { ...report, answeredAt });
          this.liveCall = { attemptId: report.attemptId, answeredAt, startedAt: report.startedAt };
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
      case 'dnc-added':
        return;
    }
  }

  kpis(now: number): KpiSnapshot {
    const cached = this.snapshot;
    if (cached && now >= cached.computedAt && now < cached.validUntil) {
      // Only a live call's talk moves until the next event: added, not computed again.
      const moved =
        this.liveTalkSeconds(now, cached.day) - this.liveTalkSeconds(cached.computedAt, cached.day);
      return moved === 0
        ? cached.kpis
        : { ...cached.kpis, talkSeconds: cached.kpis.talkSeconds + moved };
    }
    for (const [id, report] of this.attempts) {
      if (report.startedAt < now - ATTEMPT_MEMORY_MS) this.attempts.delete(id);
    }
    const kpis = repKpiSnapshot(
      this.identity.repId,
      this.attempts.values(),
      this.identity.timeZone,
      now,
      this.liveCall?.attemptId ?? null,
    );
    // Pace figures move with the clock but the floor shows none of them: valid until midnight.
    const day = localDayAt(now, this.identity.timeZone);
    this.snapshot = { kpis, computedAt: now, validUntil: day.end, day };
    return kpis;
  }

  /** The live call's talk so far if it is today's, rounded as computeKpiSnapshot rounds it. */
  private liveTalkSeconds(at: number, day: LocalDay): number {
    const call = this.liveCall;
    if (!call || call.startedAt < day.start || call.startedAt >= day.end) return 0;
    return Math.round(Math.max(0, at - call.answeredAt) / 1000);
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
