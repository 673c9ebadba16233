import type { LeadId } from '../domain/lead';
import type { PauseCode, SessionStateName } from '../domain/session';
import type { EscalatedCall, RepEscalation } from './escalation';

/**
 * The team hub's wire protocol (JSON over WebSocket). Reps publish events about themselves;
 * supervisors and wall screens receive the floor. Every message is validated on arrival
 * (validators.ts) and no frame may exceed MAX_FLOOR_MESSAGE_BYTES.
 */
export const FLOOR_PROTOCOL_VERSION = 1;
export const MAX_FLOOR_MESSAGE_BYTES = 64 * 1024;

/** The same rule as the rep id in settings, so every configured rep can connect. */
export const REP_ID_PATTERN = /^[a-z0-9][a-z0-9._-]{0,63}$/i;
/** Event and stream ids: UUIDs, ULIDs or any other opaque id of 8–64 url-safe characters. */
export const OPAQUE_ID_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;

/** Paths on the hub. */
export const HUB_PATHS = {
  rep: '/rep',
  floor: '/floor',
  wall: '/wall',
  wallEvents: '/wall/events',
  wallScript: '/wall.js',
  wallStyle: '/wall.css',
  health: '/health',
} as const;

/** Rep sockets authenticate in the upgrade request, before any message is read. */
export const REP_ID_HEADER = 'x-dialdeck-rep-id';

export interface FloorLeadRef {
  id: LeadId;
  /** When the lead arrived: its age on the floor is measured from here. */
  createdAt: number;
  /** Who the rep is on and where the lead came from (absent from apps before they were sent). */
  name?: string;
  source?: string | null;
}

/** The rep's session changed state (including pause codes). */
export interface StateEventBody {
  type: 'state';
  state: SessionStateName;
  /** When the rep entered this state. */
  since: number;
  pauseCode: PauseCode | null;
  lead: FloorLeadRef | null;
}

/**
 * One dial as the rep's own KPI strip counts it, reported each time that changes: the dial
 * starts, is answered, ends, gets its outcome, has it withdrawn (undo), or is called off before
 * it was placed. The hub keeps the latest report per attemptId. The flags are the ones the rep's
 * campaign gives the outcome, so the hub needs no copy of anyone's dispositions.
 */
export interface AttemptEventBody {
  type: 'attempt';
  attemptId: string;
  leadId: LeadId;
  /** null while the call has no outcome: on the line, in wrap-up, or its outcome undone. */
  outcomeCode: string | null;
  /**
   * The dial was called off before it was placed (a hang-up or pause won the race): it is no
   * dial, and the hub forgets it.
   */
  calledOff?: true;
  contact: boolean;
  conversion: boolean;
  startedAt: number;
  answeredAt: number | null;
  endedAt: number | null;
  talkSeconds: number;
  recordedAt: number | null;
  leadCreatedAt: number;
  /** The lead's first attempt by anyone, as the rep's store knows it (this one, if it was the first). */
  leadFirstAttemptAt: number | null;
}

/** The rep flagged a call for the supervisor. */
export interface EscalationEventBody {
  type: 'escalation';
  escalationId: string;
  leadId: LeadId | null;
  attemptId: string | null;
  note: string;
  /** The lead and its call; null with no lead on screen, absent from apps before it was sent. */
  call?: EscalatedCall | null;
}

/** Fresh (never dialed) leads waiting in the rep's queue: the input of the speed-to-lead alert. */
export interface LeadWaitingEventBody {
  type: 'lead-waiting';
  count: number;
  oldestCreatedAt: number | null;
}

export type FloorEventBody =
  StateEventBody | AttemptEventBody | EscalationEventBody | LeadWaitingEventBody;
export type FloorEventType = FloorEventBody['type'];

export interface FloorEventEnvelope {
  /** Unique forever: the hub stores each event id once, so a resent event counts once. */
  eventId: string;
  /** Must be the rep the connection authenticated as. */
  repId: string;
  /** 1, 2, 3, … per rep stream, with no gaps: the hub applies them in this order. */
  seq: number;
  /** When the event happened on the rep's machine (epoch ms). */
  at: number;
}

export type FloorEvent = FloorEventEnvelope & FloorEventBody;

/** Rep → hub, first message on a socket. */
export interface RepHello {
  type: 'hello';
  protocol: typeof FLOOR_PROTOCOL_VERSION;
  repId: string;
  repName: string;
  /** The rep's IANA zone: their "today" for the KPIs. */
  timeZone: string;
  /** The rep's outbox stream: seq numbers count within it (a reinstalled app starts a new one). */
  streamId: string;
  /** The app shows supervisors' answers: the hub sends it `escalations` (older apps would drop the socket). */
  escalationAnswers?: true;
}

export interface RepEventMessage {
  type: 'event';
  event: FloorEvent;
}

export type RepMessage = RepHello | RepEventMessage;

/** Hub → rep, answering hello: every seq up to ackedSeq is durably stored; send the rest. */
export interface HubWelcome {
  type: 'welcome';
  repId: string;
  streamId: string;
  ackedSeq: number;
}

/** Hub → rep: every event of this stream up to upToSeq is durably stored. */
export interface HubAck {
  type: 'ack';
  upToSeq: number;
}

/**
 * Hub → rep, after the welcome and whenever one changes: the rep's escalations still open and
 * those answered lately, newest first, so the app shows each one's state until it is answered.
 */
export interface HubEscalations {
  type: 'escalations';
  escalations: RepEscalation[];
}

export type HubToRepMessage = HubWelcome | HubAck | HubEscalations;

/** Close codes the hub uses, with a reason text a person can act on. */
export const HUB_CLOSE = {
  /** A newer connection of the same rep took over. */
  replaced: 4000,
  badHello: 4400,
  forbidden: 4403,
  outOfOrder: 4409,
  /** The hub could not store events; the rep retries later. */
  unavailable: 4503,
  malformed: 1008,
} as const;
