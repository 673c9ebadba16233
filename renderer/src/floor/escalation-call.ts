import type { FloorEscalation, FloorRepRow } from '../../../shared/floor/floor-view';
import type { SessionStateName } from '../../../shared/domain/session';
import { formatClock } from '../../../shared/format/time';

const ON_A_CALL: ReadonlySet<SessionStateName> = new Set(['dialing', 'ringing', 'connected']);

/**
 * The call's state and length on an escalation card: live while the rep is still on that call
 * (the floor row's state, the length ticking), else as it was when the rep escalated.
 */
export function escalationCallText(
  escalation: FloorEscalation,
  row: FloorRepRow | undefined,
  now: number,
): string {
  const { call } = escalation;
  if (!call) return 'no lead on screen';
  const onIt = row?.connected === true && row.lead?.id === escalation.leadId;
  const live = onIt && row.state !== null && ON_A_CALL.has(row.state);
  const state = live ? row.state! : call.state;
  const from = call.answeredAt ?? call.startedAt;
  const when = live ? '' : ' (when escalated)';
  if (from === null) return `${state}${when}`;
  const until = call.endedAt ?? (live ? now : escalation.raisedAt);
  return `${state} · ${formatClock(Math.max(0, until - from))}${when}`;
}
