import { DateTime } from 'luxon';

/** The local hour "tomorrow morning" means. */
export const MORNING_HOUR = 9;

/** A minute-precise time one hour from now. */
export function inAnHour(now: number): number {
  return DateTime.fromMillis(now).plus({ hours: 1 }).startOf('minute').toMillis();
}

/**
 * Tomorrow at 9:00 on the lead's clock, because a callback is a promise made to the lead: "I'll
 * call you tomorrow morning" means their morning, whatever the rep's zone.
 */
export function tomorrowMorning(now: number, timeZone: string): number {
  return DateTime.fromMillis(now, { zone: timeZone })
    .plus({ days: 1 })
    .set({ hour: MORNING_HOUR, minute: 0, second: 0, millisecond: 0 })
    .toMillis();
}

/** The value of an `<input type="datetime-local">` showing `at` on the lead's clock. */
export function toLocalInputValue(at: number, timeZone: string): string {
  return DateTime.fromMillis(at, { zone: timeZone }).toFormat("yyyy-MM-dd'T'HH:mm");
}

/**
 * An `<input type="datetime-local">` value read on the lead's clock; null when it is not a time.
 * A wall time skipped by a DST change moves forward to the next real time.
 */
export function fromLocalInputValue(value: string, timeZone: string): number | null {
  const parsed = DateTime.fromISO(value, { zone: timeZone });
  return parsed.isValid ? parsed.toMillis() : null;
}

/** "Tue 3 Dec, 9:00 AM" on the given clock. */
export function describeOnClock(at: number, timeZone: string): string {
  return DateTime.fromMillis(at, { zone: timeZone, locale: 'en-US' }).toFormat('ccc d LLL, h:mm a');
}
