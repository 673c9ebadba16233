import type { PauseCode, SessionStateName } from '../domain/session';
import type { EscalatedCall, EscalationAnswer } from './escalation';
import type { FloorPool } from './pool-view';
import type { FloorLeadRef } from './protocol';

/** The numbers a floor row shows: today's, in the rep's local day (shared/kpi). */
export interface FloorKpis {
  dials: number;
  contacts: number;
  conversions: number;
  /** conversions ÷ contacts; null with no contacts. */
  conversionRate: number | null;
  /** contacts ÷ dials; null with no dials. */
  contactRate: number | null;
  talkSeconds: number;
  /** Median speed-to-lead of the leads first dialed today; null with none. */
  responseTimeMedianMs: number | null;
  /** Share of those leads dialed within the SLA; null with none. */
  respondedWithinSlaShare: number | null;
}

export interface LeadsWaiting {
  count: number;
  oldestCreatedAt: number | null;
  /** When the rep reported it. */
  reportedAt: number;
  /**
   * When the rep first reported this oldest lead: one already past the SLA then (an old backlog,
   * an app that just started) is not a lead that went stale on this floor's watch.
   */
  oldestFirstReportedAt: number;
}

export interface FloorRepRow {
  repId: string;
  repName: string;
  timeZone: string;
  /** A socket of this rep is open now. */
  connected: boolean;
  /** Last reported session state; null before the rep's first state event. */
  state: SessionStateName | null;
  /**
   * When the rep entered `state`, on the hub's clock: the state event's arrival, less how long
   * the rep had been in it when the event was made (so a rep's clock that is off changes nothing).
   */
  stateSince: number | null;
  pauseCode: PauseCode | null;
  /** The lead on the rep's screen. */
  lead: FloorLeadRef | null;
  leadsWaiting: LeadsWaiting | null;
  kpis: FloorKpis;
  /** Highest seq of the rep's current stream applied to this view. */
  lastSeq: number;
  lastEventAt: number | null;
}

export interface FloorTeam {
  reps: number;
  connected: number;
  /** Connected reps per state; reps without a socket count as offline. */
  byState: Record<SessionStateName | 'offline', number>;
  kpis: FloorKpis;
}

export interface LeaderboardEntry {
  rank: number;
  repId: string;
  repName: string;
  conversions: number;
  conversionRate: number | null;
  contacts: number;
  dials: number;
  talkSeconds: number;
  responseTimeMedianMs: number | null;
}

export type AlertKind =
  | 'lead-sla'
  | 'rep-idle'
  | 'rep-paused'
  | 'call-stuck'
  | 'low-conversion'
  | 'pool-unassigned'
  | 'pool-reassigned'
  | 'callback-moved';

export interface FloorAlert {
  id: string;
  kind: AlertKind;
  repId: string | null;
  message: string;
  raisedAt: number;
  /** When the condition stopped holding; the alert stays stored. */
  clearedAt: number | null;
  acknowledgedAt: number | null;
  acknowledgedBy: string | null;
}

export interface FloorEscalation {
  id: string;
  repId: string;
  leadId: number | null;
  attemptId: string | null;
  note: string;
  /** The lead and its call when the rep escalated; null when the rep's app did not say. */
  call: EscalatedCall | null;
  raisedAt: number;
  acknowledgedAt: number | null;
  acknowledgedBy: string | null;
  /** The supervisor's answer (its time and author are acknowledgedAt/By); null while open. */
  answer: EscalationAnswer | null;
}

/** What a supervisor's floor view and the wall screen render. Times are epoch ms. */
export interface FloorView {
  /** Increases with every view the hub builds. */
  version: number;
  /** The hub's clock when built: time in state is `at − stateSince` (plus time since receipt). */
  at: number;
  reps: FloorRepRow[];
  team: FloorTeam;
  leaderboard: LeaderboardEntry[];
  /** Alerts neither acknowledged nor cleared, newest first. */
  alerts: FloorAlert[];
  /** Escalations not yet acknowledged, oldest first. */
  escalations: FloorEscalation[];
  /** Reps whose alerts a supervisor snoozed, until when. */
  snoozes: AlertSnooze[];
  /** The team pool, on a hub that routes leads. */
  pool?: FloorPool;
}

/** "Do not page me about this rep for a while": no new alert of the rep's until `until`. */
export interface AlertSnooze {
  repId: string;
  until: number;
  by: string;
}
