import type { EscalationAnswerInput } from './escalation';
import type { TeamCampaign, TeamCampaignPatch } from '../domain/team-campaign';
import type { FloorView } from './floor-view';
import type { WallToken } from './wall-tokens';

export type ViewerResultValue = WallToken | WallToken[] | TeamCampaign | TeamCampaign[];

/** Supervisor client → hub. The wall screen is read-only and sends nothing. */
export type ViewerCommand =
  | { type: 'acknowledge-alert'; requestId: number; alertId: string; by: string }
  /** An older client's acknowledgement: the answer 'acknowledged'. */
  | { type: 'acknowledge-escalation'; requestId: number; escalationId: string; by: string }
  | {
      type: 'answer-escalation';
      requestId: number;
      escalationId: string;
      answer: EscalationAnswerInput;
      by: string;
    }
  | { type: 'snooze-rep'; requestId: number; repId: string; minutes: number; by: string }
  | { type: 'list-wall-tokens'; requestId: number }
  | { type: 'create-wall-token'; requestId: number; label: string; by: string }
  | { type: 'revoke-wall-token'; requestId: number; tokenId: string; by: string }
  /** Puts a number on the team's do-not-call list: every rep has it within seconds. */
  | {
      type: 'add-team-dnc';
      requestId: number;
      phoneE164: string;
      reason: string | null;
      by: string;
    }
  | { type: 'list-team-campaigns'; requestId: number }
  | { type: 'create-team-campaign'; requestId: number; name: string; by: string }
  | {
      type: 'update-team-campaign';
      requestId: number;
      campaignId: string;
      /** The version the supervisor edited: a campaign changed since is refused, not overwritten. */
      version: number;
      patch: TeamCampaignPatch;
      by: string;
    };

/** Hub → supervisor client. */
export type ViewerMessage =
  | { type: 'floor'; view: FloorView }
  | { type: 'result'; requestId: number; ok: true; value?: ViewerResultValue }
  | { type: 'result'; requestId: number; ok: false; error: string };
