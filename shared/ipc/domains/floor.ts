import type { LeadId } from '../../domain/lead';
import type { EscalationAnswer, EscalationAnswerInput } from '../../floor/escalation';
import type { TeamCampaign, TeamCampaignPatch } from '../../domain/team-campaign';
import type { FloorAlert, FloorView } from '../../floor/floor-view';
import type { WallToken } from '../../floor/wall-tokens';

/**
 * What this app does on the floor. off: no hub set up · rep: publishes to a hub · host: runs the
 * team hub in this app (a supervisor) · follow: watches a hub that runs elsewhere (a supervisor).
 */
export type FloorLinkMode = 'off' | 'rep' | 'host' | 'follow';

/** offline: the hub cannot be reached or started now; Dialdeck keeps trying (see retryAt). */
export type FloorLinkState = 'off' | 'connecting' | 'connected' | 'offline';

export interface FloorLinkStatus {
  mode: FloorLinkMode;
  state: FloorLinkState;
  /** The hub's address: the one reps publish to (host: this machine's). */
  hubUrl: string | null;
  /** Host with the hub exposed on the LAN: the addresses other machines use. */
  lanUrls: string[];
  /** Host: the read-only wall screen, its wall token included; for people who may see the floor. */
  wallUrl: string | null;
  /** Why the link is off or offline, in words a person can act on. */
  lastError: string | null;
  /** When the next attempt to connect (or start the hub) is due. */
  retryAt: number | null;
  /** Rep: events in the outbox the hub has not yet acknowledged. */
  waiting: number;
}

export interface EscalationReceipt {
  escalationId: string;
  leadId: LeadId | null;
  attemptId: string | null;
  raisedAt: number;
}

/**
 * One of this rep's escalations on their screen. sending: in the outbox, the hub has not
 * confirmed it yet · waiting: the hub has it, no supervisor has answered · answered: see answer.
 */
export interface MyEscalation {
  escalationId: string;
  raisedAt: number;
  state: 'sending' | 'waiting' | 'answered';
  answer: EscalationAnswer | null;
}

/**
 * The team floor. Reps publish to a hub and escalate calls; a supervisor's app hosts the hub or
 * follows a remote one and sees the floor.
 */
export interface FloorMethods {
  'floor.status': () => FloorLinkStatus;
  /** Flags the call on screen (or the last one) for the supervisor, with a note. */
  'floor.escalate': (note: string) => EscalationReceipt;
  /** The floor now; null until the hub runs (host) or has sent its first view (follow). */
  'floor.view': () => FloorView | null;
  'floor.acknowledgeAlert': (alertId: string) => null;
  /** The supervisor's answer; the rep's app shows it at once. */
  'floor.answerEscalation': (escalationId: string, answer: EscalationAnswerInput) => null;
  /** Rep: their escalations until answered, then the answers until dismissed; newest first. */
  'floor.myEscalations': () => MyEscalation[];
  /** Rep: the answer was read; it leaves the screen. */
  'floor.dismissEscalation': (escalationId: string) => null;
  /** Stored alerts, newest first, acknowledged and cleared ones included (host only). */
  'floor.alertHistory': () => FloorAlert[];
  /** No new alert about the rep for `minutes` (the rep's open alerts are acknowledged). */
  'floor.snoozeRep': (repId: string, minutes: number) => null;
  /** Wall screens' read-only addresses (supervisor): each can be revoked on its own. */
  'floor.wallTokens': () => WallToken[];
  'floor.createWallToken': (label: string) => WallToken;
  'floor.revokeWallToken': (tokenId: string) => WallToken;
  /** The team campaigns every rep follows (supervisor): rules, script and outcomes. */
  'floor.teamCampaigns': () => TeamCampaign[];
  'floor.createTeamCampaign': (name: string) => TeamCampaign;
  /** Refused when someone changed the campaign since `version`, instead of overwriting them. */
  'floor.updateTeamCampaign': (
    campaignId: string,
    version: number,
    patch: TeamCampaignPatch,
  ) => TeamCampaign;
}

export interface FloorEvents {
  /** A new floor view (while anything changes, at most every 250 ms, and once a second). */
  'floor.changed': FloorView;
  'floor.statusChanged': FloorLinkStatus;
  'floor.myEscalationsChanged': MyEscalation[];
}
