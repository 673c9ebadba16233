import type { SessionStateName } from '../domain/session';

/** VICIdial's real-time report thresholds on time in state: 10 s, 1 min, 5 min. */
export const STATE_BAND_THRESHOLDS_MS = [10_000, 60_000, 300_000] as const;

/** 0: under 10 s · 1: 10 s–1 min · 2: 1–5 min · 3: 5 min and over. */
export type StateBand = 0 | 1 | 2 | 3;

/** The colour family of a state, as VICIdial groups them (READY, QUEUE, INCALL, DISPO, PAUSED). */
export type StateCategory = 'ready' | 'calling' | 'incall' | 'wrapup' | 'paused' | 'offline';

export function stateBand(timeInStateMs: number): StateBand {
  const [tenSeconds, oneMinute, fiveMinutes] = STATE_BAND_THRESHOLDS_MS;
  if (timeInStateMs >= fiveMinutes) return 3;
  if (timeInStateMs >= oneMinute) return 2;
  if (timeInStateMs >= tenSeconds) return 1;
  return 0;
}

export function stateCategory(state: SessionStateName | null, connected: boolean): StateCategory {
  if (!connected || state === null) return 'offline';
  switch (state) {
    case 'idle':
    case 'preview':
      return 'ready';
    case 'dialing':
    case 'ringing':
      return 'calling';
    case 'connected':
      return 'incall';
    case 'wrap-up':
      return 'wrapup';
    case 'paused':
      return 'paused';
  }
}

/** Time in state at the hub's `now`; never negative when the rep's clock runs a little ahead. */
export function timeInStateMs(stateSince: number | null, now: number): number | null {
  return stateSince === null ? null : Math.max(0, now - stateSince);
}
