import { DateTime } from 'luxon';
import type { CallingWindow } from './campaign-rules';
import { localClock } from './local-clock';
import { minutesOfDay, weekdayFromLuxon } from './local-time';

/**
 * Whether `at` falls inside the window on the wall clock of `timeZone`, converted with the zone's
 * rules for that instant, so the answer is right on both sides of a DST change.
 */
export function isWithinCallingWindow(
  timeZone: string,
  at: number,
  window: CallingWindow,
): boolean {
  const { weekday, minuteOfDay } = localClock(timeZone, at);
  return (
    window.weekdays.includes(weekday) &&
    minuteOfDay >= minutesOfDay(window.start) &&
    minuteOfDay < minutesOfDay(window.end)
  );
}

/** The first instant at or after `from` that is inside the window, in `timeZone`. */
export function nextWindowOpening(timeZone: string, from: number, window: CallingWindow): number {
  if (isWithinCallingWindow(timeZone, from, window)) return from;
  const fromDay = DateTime.fromMillis(from, { zone: timeZone }).startOf('day');
  for (let offset = 0; offset <= 7; offset += 1) {
    const opening = openingOn(fromDay.plus({ days: offset }), window, window.start);
    if (opening !== null && opening >= from) return opening;
  }
  throw new RangeError('A calling window with no weekdays never opens');
}

/** `localTime` (or the window's start, if later) on the first allowed day after the day of `after`. */
export function openingOnNextAllowedDay(
  timeZone: string,
  after: number,
  window: CallingWindow,
  localTime: string,
): number {
  const afterDay = DateTime.fromMillis(after, { zone: timeZone }).startOf('day');
  for (let offset = 1; offset <= 7; offset += 1) {
    const opening = openingOn(afterDay.plus({ days: offset }), window, localTime);
    if (opening !== null) return opening;
  }
  throw new RangeError('A calling window with no weekdays never opens');
}

function openingOn(day: DateTime, window: CallingWindow, localTime: string): number | null {
  if (!window.weekdays.includes(weekdayFromLuxon(day.weekday))) return null;
  const minute = Math.max(minutesOfDay(localTime), minutesOfDay(window.start));
  return day.set({ hour: Math.floor(minute / 60), minute: minute % 60 }).toMillis();
}

export function formatLocalTime(at: number, timeZone: string): string {
  return DateTime.fromMillis(at, { zone: timeZone }).toFormat('HH:mm');
}

/** "Tue 24 Nov 08:00" on the zone's wall clock. */
export function formatLocalDateTime(at: number, timeZone: string): string {
  return DateTime.fromMillis(at, { zone: timeZone, locale: 'en-GB' }).toFormat('ccc d LLL HH:mm');
}

export function describeCallingWindow(window: CallingWindow): string {
  return `${window.start}–${window.end} (${window.weekdays.join(', ')})`;
}
