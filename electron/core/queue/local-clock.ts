import { DateTime } from 'luxon';
import { MINUTE_MS } from '../../../shared/clock';
import { weekdayFromLuxon } from './local-time';
import type { Weekday } from './local-time';

export interface LocalClock {
  weekday: Weekday;
  minuteOfDay: number;
}

const MAX_CACHED = 10_000;
const cache = new Map<string, LocalClock>();

/**
 * The wall clock in `timeZone` at `at`. Ranking reads it for every candidate at the same instant,
 * and zone offsets are whole minutes, so one Luxon conversion per zone and minute is enough.
 */
export function localClock(timeZone: string, at: number): LocalClock {
  const minute = Math.floor(at / MINUTE_MS);
  const key = `${timeZone}|${minute}`;
  let clock = cache.get(key);
  if (!clock) {
    const local = DateTime.fromMillis(minute * MINUTE_MS, { zone: timeZone });
    clock = {
      weekday: weekdayFromLuxon(local.weekday),
      minuteOfDay: local.hour * 60 + local.minute,
    };
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(key, clock);
  }
  return clock;
}
