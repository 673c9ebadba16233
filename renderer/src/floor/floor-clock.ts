import { stateBand, stateCategory, timeInStateMs } from '../../../shared/floor/state-bands';
import type { FloorRepRow } from '../../../shared/floor/floor-view';
import { formatClock } from '../../../shared/format/time';

/**
 * The hub's clock seen from this window: the view says what time it was on the hub when it was
 * built; the window's own clock moves it on between pushes.
 */
export interface HubClock {
  /** hub time − window time when the view arrived. */
  offsetMs: number;
}

export function hubNow(clock: HubClock, windowNow: number): number {
  return windowNow + clock.offsetMs;
}

export interface StateCell {
  /** "0:42", "12:05", or "—" before the first state. */
  text: string;
  /** ready · calling · incall · wrapup · paused · offline (VICIdial's families). */
  category: ReturnType<typeof stateCategory>;
  /** 0: < 10 s · 1: < 1 min · 2: < 5 min · 3: 5 min and over. */
  band: ReturnType<typeof stateBand>;
  ms: number | null;
}

/** Time in state with its colour band, as VICIdial's real-time report shows it. */
export function stateCell(row: FloorRepRow, now: number): StateCell {
  const ms = timeInStateMs(row.stateSince, now);
  return {
    text: ms === null ? '—' : formatClock(ms),
    category: stateCategory(row.state, row.connected),
    band: stateBand(ms ?? 0),
    ms,
  };
}
