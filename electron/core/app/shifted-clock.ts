import type { Clock } from '../../../shared/clock';

/**
 * A clock that reads `startAt` now and then runs at real speed, for demos and end-to-end tests
 * that need a known time of day (the calling windows). Timers are real timers.
 */
export function shiftedClock(base: Clock, startAt: number): Clock {
  const offset = startAt - base.now();
  return {
    now: () => base.now() + offset,
    setTimer: (callback, delayMs) => base.setTimer(callback, delayMs),
  };
}
