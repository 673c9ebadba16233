import type { FloorView } from './floor-view';

/** Supervisor client → hub. The wall screen is read-only and sends nothing. */
export type ViewerCommand =
  | { type: 'acknowledge-alert'; requestId: number; alertId: string; by: string }
  | { type: 'acknowledge-escalation'; requestId: number; escalationId: string; by: string };

/** Hub → supervisor client. */
export type ViewerMessage =
  | { type: 'floor'; view: FloorView }
  | { type: 'result'; requestId: number; ok: true }
  | { type: 'result'; requestId: number; ok: false; error: string };
