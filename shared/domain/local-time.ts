/** Wall-clock helpers for the `HH:mm` times and weekday names used in campaign rules. */

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** `HH:mm`, 24-hour, zero-padded; `24:00` is allowed as the end of a day. */
export const LOCAL_TIME_PATTERN = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;

export function minutesOfDay(localTime: string): number {
  const hours = Number(localTime.slice(0, 2));
  const minutes = Number(localTime.slice(3, 5));
  return hours * 60 + minutes;
}
