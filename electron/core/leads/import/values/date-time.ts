import { wallClockToEpoch } from './zone-offset';
import type { DateOrder } from '../../../../../shared/domain/import';

export type { DateOrder } from '../../../../../shared/domain/import';

export interface DateReading {
  order: DateOrder;
  /** IANA zone for date-times that carry no offset ("2026-11-27 14:03:00"). */
  zone: string;
}

export type ParsedDate =
  { status: 'ok'; epochMs: number } | { status: 'blank' } | { status: 'invalid'; reason: string };

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const EARLIEST_MS = Date.UTC(1990, 0, 1);
const LATEST_MS = Date.UTC(2100, 0, 1);

const TIME = String.raw`(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*([AaPp]\.?[Mm]\.?)?)?`;
const OFFSET = String.raw`\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?`;
const YEAR_FIRST = new RegExp(
  String.raw`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})${TIME}${OFFSET}$`,
  'i',
);
const NUMERIC = new RegExp(
  String.raw`^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2}),?${TIME}${OFFSET}$`,
  'i',
);
const DAY_MONTH_NAME = new RegExp(
  String.raw`^(?:[a-z]{3,9},?\s+)?(\d{1,2})[\s-]+([a-z]{3,9})\.?[\s,-]+(\d{4}),?${TIME}${OFFSET}$`,
  'i',
);
const MONTH_NAME_DAY = new RegExp(
  String.raw`^(?:[a-z]{3,9},?\s+)?([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4}),?${TIME}${OFFSET}$`,
  'i',
);

/**
 * Reads the dates CRMs export: ISO 8601 (with or without a zone), 2026-11-27 14:03:00,
 * 11/27/2026 2:03 PM or 27/11/2026 14:03 (by `order`), 27.11.2026 (always day first),
 * Nov 27, 2026 and 27 Nov 2026, and Unix epochs in seconds or milliseconds. Times without an
 * offset are wall-clock times in `reading.zone`.
 */
export function parseDateTime(raw: string, reading: DateReading): ParsedDate {
  const text = raw.trim();
  if (text === '') return { status: 'blank' };
  const epoch = parseEpoch(text);
  if (epoch !== null) return inRange(epoch);

  let match = YEAR_FIRST.exec(text);
  if (match) return fromParts(+match[1]!, +match[2]!, +match[3]!, match, 4, reading.zone);

  match = NUMERIC.exec(text);
  if (match) {
    const [a, b] = [+match[1]!, +match[3]!];
    const dayFirst = match[2] === '.' || reading.order === 'DMY';
    const year = expandYear(match[4]!);
    const [month, day] = dayFirst ? [b, a] : [a, b];
    if (month > 12 && day <= 12) {
      return {
        status: 'invalid',
        reason: `${text} does not fit the ${dayFirst ? 'day/month' : 'month/day'} order of this file`,
      };
    }
    return fromParts(year, month, day, match, 5, reading.zone);
  }

  match = DAY_MONTH_NAME.exec(text);
  if (match) return fromNamedMonth(+match[3]!, match[2]!, +match[1]!, match, 4, reading.zone);
  match = MONTH_NAME_DAY.exec(text);
  if (match) return fromNamedMonth(+match[3]!, match[1]!, +match[2]!, match, 4, reading.zone);

  return { status: 'invalid', reason: 'not a date this importer can read' };
}

/** The order a sample of date cells proves, if any: a first part above 12 is a day, and so on. */
export function dateOrderEvidence(values: readonly string[]): DateOrder | 'conflict' | null {
  let dayFirst = 0;
  let monthFirst = 0;
  for (const value of values) {
    const match = NUMERIC.exec(value.trim());
    if (!match || match[2] === '.') continue;
    const [a, b] = [+match[1]!, +match[3]!];
    if (a > 12 && b <= 12) dayFirst++;
    if (b > 12 && a <= 12) monthFirst++;
  }
  if (dayFirst > 0 && monthFirst > 0) return 'conflict';
  if (dayFirst > 0) return 'DMY';
  if (monthFirst > 0) return 'MDY';
  return null;
}

function parseEpoch(text: string): number | null {
  if (!/^\d{9,13}(\.\d+)?$/.test(text)) return null;
  const value = Number(text);
  return value < 1e11 ? Math.round(value * 1000) : Math.round(value);
}

function fromNamedMonth(
  year: number,
  monthName: string,
  day: number,
  match: RegExpExecArray,
  timeGroup: number,
  zone: string,
): ParsedDate {
  const month = MONTHS.indexOf(monthName.slice(0, 3).toLowerCase()) + 1;
  if (month === 0) return { status: 'invalid', reason: `unknown month "${monthName}"` };
  return fromParts(year, month, day, match, timeGroup, zone);
}

function fromParts(
  year: number,
  month: number,
  day: number,
  match: RegExpExecArray,
  timeGroup: number,
  zone: string,
): ParsedDate {
  const [hourText, minuteText, secondText, fraction, meridiem, offset] = match.slice(timeGroup);
  let hour = hourText === undefined ? 0 : +hourText;
  const minute = minuteText === undefined ? 0 : +minuteText;
  const second = secondText === undefined ? 0 : +secondText;
  if (meridiem) {
    if (hour < 1 || hour > 12) return { status: 'invalid', reason: 'hour out of range for AM/PM' };
    hour = (hour % 12) + (/^p/i.test(meridiem) ? 12 : 0);
  }
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { status: 'invalid', reason: 'no such day' };
  }
  if (hour > 23 || minute > 59 || second > 59) return { status: 'invalid', reason: 'no such time' };
  const millis = fraction === undefined ? 0 : Math.floor(Number(`0.${fraction}`) * 1000);
  const wallClock = Date.UTC(year, month - 1, day, hour, minute, second, millis);
  if (offset === undefined) return inRange(wallClockToEpoch(wallClock, zone));
  return inRange(wallClock - offsetMinutes(offset) * 60_000);
}

function offsetMinutes(offset: string): number {
  if (/^(Z|UTC|GMT)$/i.test(offset)) return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || '0'));
}

function inRange(epochMs: number): ParsedDate {
  if (epochMs < EARLIEST_MS || epochMs >= LATEST_MS) {
    return { status: 'invalid', reason: 'a date before 1990 or after 2099' };
  }
  return { status: 'ok', epochMs };
}

function expandYear(year: string): number {
  return year.length === 4 ? +year : 2000 + +year;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}
