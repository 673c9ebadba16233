import { HOUR_MS, MINUTE_MS } from '../clock';
import type { LocalDay } from './local-day';

/** Pace is measured over at least this long, so the day's first dial does not read as 3 600 an hour. */
export const PACE_MIN_WINDOW_MS = 15 * MINUTE_MS;
/**
 * With shift hours, pace is measured over at least the shift's first hour: a few quick dials at
 * 9:05 are not yet a day's rhythm.
 */
export const SHIFT_PACE_MIN_WINDOW_MS = HOUR_MS;
/** A rep's working day for the projection: this long from their first dial, ending at local midnight at the latest. */
export const WORKDAY_MS = 8 * HOUR_MS;

export interface DialPace {
  /** Dials per hour over the working day so far; null before the first dial. */
  dialsPerHour: number | null;
  /** Dials so far plus the current pace over what is left of the working day; null before the first dial. */
  projectedDials: number | null;
}

/**
 * The day's dial pace and where it leads. With the rep's shift (epoch ms on this day) the working
 * day is the shift, started at its start (or at an earlier first dial), so a slow start counts and
 * a quick first few minutes do not; without one (the hub, which knows no rep's shift) it is
 * WORKDAY_MS from the first dial.
 */
export function dialPace(
  dials: number,
  firstDialAt: number | null,
  now: number,
  day: LocalDay,
  shift: { start: number; end: number } | null = null,
): DialPace {
  if (dials === 0 || firstDialAt === null) return { dialsPerHour: null, projectedDials: null };
  const start = shift ? Math.min(shift.start, firstDialAt) : firstDialAt;
  const minWindow = shift ? SHIFT_PACE_MIN_WINDOW_MS : PACE_MIN_WINDOW_MS;
  const dialsPerHour = (dials * HOUR_MS) / Math.max(now - start, minWindow);
  const workdayEnd = shift ? shift.end : Math.min(firstDialAt + WORKDAY_MS, day.end);
  const remainingMs = Math.max(0, workdayEnd - now);
  return {
    dialsPerHour,
    projectedDials: Math.round(dials + (dialsPerHour * remainingMs) / HOUR_MS),
  };
}
