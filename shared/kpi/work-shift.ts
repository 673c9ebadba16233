import { DateTime } from 'luxon';
import type { LocalDay } from './local-day';

/** The rep's working hours on their own clock, in minutes after local midnight; end after start. */
export interface WorkShift {
  startMinute: number;
  endMinute: number;
}

const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** "09:00" and "17:30" as a shift; null when either is not a time or the end is not after the start. */
export function workShiftOf(start: string, end: string): WorkShift | null {
  const startMinute = minuteOfDay(start);
  const endMinute = minuteOfDay(end);
  if (startMinute === null || endMinute === null || endMinute <= startMinute) return null;
  return { startMinute, endMinute };
}

function minuteOfDay(clock: string): number | null {
  const match = CLOCK_TIME.exec(clock);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/** The shift on `day` as epoch ms, by the wall clock in `timeZone` (right on DST days). */
export function shiftOnDay(
  shift: WorkShift,
  day: LocalDay,
  timeZone: string,
): { start: number; end: number } {
  const midnight = DateTime.fromMillis(day.start, { zone: timeZone });
  const at = (minute: number) =>
    midnight.set({ hour: Math.floor(minute / 60), minute: minute % 60 }).toMillis();
  return { start: at(shift.startMinute), end: at(shift.endMinute) };
}
