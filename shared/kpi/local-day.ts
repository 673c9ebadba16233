import { DateTime } from 'luxon';
import { DomainError } from '../result';

/** A local calendar day as the half-open epoch-ms range [start, end); 23 or 25 h long on DST days. */
export interface LocalDay {
  start: number;
  end: number;
}

export function localDayAt(now: number, timeZone: string): LocalDay {
  const local = DateTime.fromMillis(now, { zone: timeZone });
  if (!local.isValid) {
    throw new DomainError('invalid-argument', `"${timeZone}" is not a known IANA time zone.`);
  }
  const start = local.startOf('day');
  return { start: start.toMillis(), end: start.plus({ days: 1 }).toMillis() };
}

export function isWithinDay(at: number, day: LocalDay): boolean {
  return at >= day.start && at < day.end;
}
