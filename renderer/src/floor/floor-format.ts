import { formatClock, formatDuration } from '../../../shared/format/time';
import type { SessionStateName } from '../../../shared/domain/session';

export const NONE = '—';

/** 0.234 → "23%"; null (nothing to divide by yet) → "—". */
export function percentOrNone(rate: number | null): string {
  return rate === null ? NONE : `${Math.round(rate * 100)}%`;
}

/** Talk time for a day's column: "0:42", "12:05", "1:02:09". */
export function talkTime(seconds: number): string {
  return formatClock(seconds * 1000);
}

/** Speed-to-lead: "45 s" under a minute, else "4 min", "2 h 5 min". */
export function speedToLead(ms: number | null): string {
  if (ms === null) return NONE;
  if (ms < 60_000) return `${Math.max(0, Math.round(ms / 1000))} s`;
  return formatDuration(ms);
}

/** A lead's age on screen: "3 min", "2 h 5 min". */
export function leadAge(createdAt: number | null, now: number): string {
  return createdAt === null ? NONE : formatDuration(now - createdAt);
}

/** The words a supervisor reads for a rep's state (the session's names, as on the rep's screen). */
export function stateText(state: SessionStateName | null, connected: boolean): string {
  if (!connected) return 'offline';
  return state ?? 'unknown';
}
