import type { LeadId } from '../domain/lead';
import type { PauseCode, SessionStateName } from '../domain/session';
import type { EscalatedCall, RepEscalation } from './escalation';
import type { TeamCampaign } from '../domain/team-campaign';

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
  /** The wall's optional weekly panel alone, read again by the page every few minutes. */
  wallWeekly: '/wall/weekly',
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
  /** The team pool's id of the lead, when the pool gave it: the pool counts the attempt. */
  poolLeadId?: string;
  /** The callback time the rep set with a callback outcome: the pool keeps the lead for them. */
  callbackAt?: number | null;
  /**
   * The rep withdrew the outcome (undo): a pool lead it had settled goes back to that rep, held
   * as dialed, until the outcome is recorded again.
   */
  outcomeWithdrawn?: true;
  /** The lead's source or channel (reports group by it); absent from apps before it was sent. */
  source?: string | null;
  /** The campaign the lead was dialed in (a team campaign's id is the same on every rep's app). */
  campaign?: { id: string; name: string } | null;
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

/** The rep put a number on the do-not-call list: the hub adds it to the team's list. */
export interface DncAddedEventBody {
  type: 'dnc-added';
  phoneE164: string;
  reason: string | null;
}

export type FloorEventBody =
  | StateEventBody
  | AttemptEventBody
  | EscalationEventBody
  | LeadWaitingEventBody
  | DncAddedEventBody;
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
  /** The last team DNC cursor the rep applied: the hub sends only the entries after it. */
  dncCursor?: number;
  /** The team campaigns' version the rep holds. */
  campaignsVersion?: number;
}

export interface RepEventMessage {
  type: 'event';
  event: FloorEvent;
}

/** Rep → hub: the offer's lead is durably in the rep's store. */
export interface PoolReceivedMessage {
  type: 'pool-received';
  offerId: string;
}

/** Rep → hub: the revoked lead is out of the rep's queue. */
export interface PoolRevokedMessage {
  type: 'pool-revoked';
  offerId: string;
}

/** Rep → hub, right before dialing a pool lead: may this rep dial it now? */
export interface PoolDialMessage {
  type: 'pool-dial';
  requestId: string;
  leadId: string;
  offerId: string;
}

export type RepMessage =
  RepHello | RepEventMessage | PoolReceivedMessage | PoolRevokedMessage | PoolDialMessage;

/** Rep → hub messages besides hello and the outbox's events. */
export type RepPushMessage = Exclude<RepMessage, RepHello | RepEventMessage>;

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

/** A team pool lead as the hub hands it to a rep (docs/TEAM_POOL.md). */
export interface PoolLeadPayload {
  /** The pool's id (a UUID): the leadId `POST /api/leads` answered. */
  id: string;
  campaignId: string;
  phoneE164: string;
  firstName: string;
  lastName: string;
  email: string | null;
  company: string;
  source: string | null;
  /** When the lead arrived at its source: the speed-to-lead clock starts here. */
  createdAt: number;
  timeZone: string | null;
  country: string | null;
  region: string | null;
  postalCode: string | null;
  notes: string | null;
  custom: Record<string, string>;
  /** Attempts by anyone on the team so far. */
  attemptCount: number;
  firstAttemptAt: number | null;
  /** A callback this rep promised: due then. */
  callbackAt: number | null;
}

/** Hub → rep: a lead for this rep, held for it until claimUntil (hub clock). */
export interface PoolOfferMessage {
  type: 'pool-offer';
  /** `<lead id>:<assignment>`: the same offer resent has the same id. */
  offerId: string;
  lead: PoolLeadPayload;
  claimUntil: number;
  /** The hub's clock when it sent this: the rep estimates the hub's time from it. */
  hubNow: number;
}

export interface PoolLease {
  leadId: string;
  claimUntil: number;
}

/** Hub → rep: the claims renewed. */
export interface PoolLeaseMessage {
  type: 'pool-lease';
  leases: PoolLease[];
  hubNow: number;
}

/** Hub → rep: the lead is no longer this rep's. */
export interface PoolRevokeMessage {
  type: 'pool-revoke';
  leadId: string;
  offerId: string;
  reason: string;
}

/** Hub → rep, answering pool-dial: ok means the lead is now `dialing`, held by this rep. */
export interface PoolDialAnswerMessage {
  type: 'pool-dial-answer';
  requestId: string;
  ok: boolean;
  reason?: string;
}

export interface TeamDncEntry {
  phoneE164: string;
  addedAt: number;
  addedBy: string | null;
  reason: string | null;
}

/** Hub → rep: team do-not-call entries after the rep's cursor; cursor is the last one's. */
export interface TeamDncMessage {
  type: 'team-dnc';
  entries: TeamDncEntry[];
  cursor: number;
}

/** Hub → rep: every team campaign, after welcome and on every change; the rep mirrors them. */
export interface TeamCampaignsMessage {
  type: 'team-campaigns';
  campaigns: TeamCampaign[];
  /** The largest campaign version: the rep says it in hello (campaignsVersion). */
  version: number;
}

export type HubToRepMessage =
  | HubWelcome
  | TeamCampaignsMessage
  | HubAck
  | PoolOfferMessage
  | PoolLeaseMessage
  | PoolRevokeMessage
  | PoolDialAnswerMessage
  | TeamDncMessage
  | HubEscalations;

/** Hub → rep messages besides welcome and ack: the team's, for the rep's channels. */
export type HubPushMessage = Exclude<HubToRepMessage, HubWelcome | HubAck | HubEscalations>;

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
