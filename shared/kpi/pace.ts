import { HOUR_MS, MINUTE_MS } from '../clock';
import type { LocalDay } from './local-day';

/** Pace is measured over at least this long, so the day's first dial does not read as 3 600 an hour. */
export const PACE_MIN_WINDOW_MS = 15 * MINUTE_MS;
/** A rep's working day for the projection: this long from their first dial, ending at local midnight at the latest. */
export const WORKDAY_MS = 8 * HOUR_MS;

export interface DialPace {
  /** Dials per hour from the day's first dial to now; null before the first dial. */
  dialsPerHour: number | null;
  /** Dials so far plus the current pace over what is left of the working day; null before the first dial. */
  projectedDials: number | null;
}

export function dialPace(
  dials: number,
  firstDialAt: number | null,
  now: number,
  day: LocalDay,
): DialPace {
  if (dials === 0 || firstDialAt === null) return { dialsPerHour: null, projectedDials: null };
  const elapsedMs = Math.max(now - firstDialAt, PACE_MIN_WINDOW_MS);
  const dialsPerHour = (dials * HOUR_MS) / elapsedMs;
  const workdayEnd = Math.min(firstDialAt + WORKDAY_MS, day.end);
  const remainingMs = Math.max(0, workdayEnd - now);
  return {
    dialsPerHour,
    projectedDials: Math.round(dials + (dialsPerHour * remainingMs) / HOUR_MS),
  };
}
