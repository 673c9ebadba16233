import type { EscalationAnswerInput } from './escalation';
import type { FloorView } from './floor-view';
import type { WallToken } from './wall-tokens';

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
  | { type: 'revoke-wall-token'; requestId: number; tokenId: string; by: string };

/** Hub → supervisor client. */
export type ViewerMessage =
  | { type: 'floor'; view: FloorView }
  | { type: 'result'; requestId: number; ok: true; value?: WallToken | WallToken[] }
  | { type: 'result'; requestId: number; ok: false; error: string };
