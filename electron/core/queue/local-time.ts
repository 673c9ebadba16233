import { WEEKDAYS, type Weekday } from '../../../shared/domain/local-time';

export {
  LOCAL_TIME_PATTERN,
  WEEKDAYS,
  minutesOfDay,
  type Weekday,
} from '../../../shared/domain/local-time';

/** Luxon numbers weekdays 1 (Monday) to 7 (Sunday). */
export function weekdayFromLuxon(luxonWeekday: number): Weekday {
  const day = WEEKDAYS[luxonWeekday - 1];
  if (!day) throw new RangeError(`Not a Luxon weekday: ${luxonWeekday}`);
  return day;
}
