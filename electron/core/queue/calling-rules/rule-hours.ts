import { DateTime } from 'luxon';
import type { CallingRule } from '../../../../shared/domain/calling-rules';
import type { CallingWindow } from '../campaign-rules';
import { localClock } from '../local-clock';
import { minutesOfDay, weekdayFromLuxon, type Weekday } from '../local-time';

/** Why a rule holds a lead at an instant, on the lead's clock. */
export type HoursHold = {
  rule: CallingRule;
  why: 'no-calls-that-weekday' | 'no-call-day' | 'hours';
};

/** The first rule (in the order given) that forbids a call at `at` in `timeZone`, or null. */
export function ruleHoldingHours(
  rules: readonly CallingRule[],
  timeZone: string,
  at: number,
): HoursHold | null {
  if (rules.length === 0) return null;
  const { weekday, minuteOfDay } = localClock(timeZone, at);
  const date = rules.some((rule) => rule.noCallDays.length > 0) ? localDate(timeZone, at) : '';
  for (const rule of rules) {
    const hours = rule.hours[weekday];
    if (!hours) return { rule, why: 'no-calls-that-weekday' };
    if (isNoCallDay(rule, date)) return { rule, why: 'no-call-day' };
    if (minuteOfDay < minutesOfDay(hours[0]) || minuteOfDay >= minutesOfDay(hours[1])) {
      return { rule, why: 'hours' };
    }
  }
  return null;
}

/** Whether the campaign's window and every rule allow a call at `at` on the zone's clock. */
export function isWithinRulesAndWindow(
  rules: readonly CallingRule[],
  window: CallingWindow,
  timeZone: string,
  at: number,
): boolean {
  const { weekday, minuteOfDay } = localClock(timeZone, at);
  const inWindow =
    window.weekdays.includes(weekday) &&
    minuteOfDay >= minutesOfDay(window.start) &&
    minuteOfDay < minutesOfDay(window.end);
  return inWindow && ruleHoldingHours(rules, timeZone, at) === null;
}

/** How far ahead an opening is looked for: a year of no-call days cannot hide one longer. */
const MAX_DAYS_AHEAD = 400;

/**
 * The first instant at or after `from` when the campaign's window and every rule allow a call in
 * `timeZone` (the narrowest hours of the day, on a day none of them forbids), or null if there is
 * none within a year.
 */
export function nextOpeningUnderRules(
  rules: readonly CallingRule[],
  window: CallingWindow,
  timeZone: string,
  from: number,
): number | null {
  if (isWithinRulesAndWindow(rules, window, timeZone, from)) return from;
  const fromDay = DateTime.fromMillis(from, { zone: timeZone }).startOf('day');
  for (let offset = 0; offset <= MAX_DAYS_AHEAD; offset += 1) {
    const day = fromDay.plus({ days: offset });
    const span = allowedSpan(rules, window, day);
    if (!span) continue;
    // Earlier today (or inside today's span) is already ruled out by the check above.
    const opening = atMinute(day, span.start);
    if (opening >= from) return opening;
  }
  return null;
}

/** The hours of `day` every rule and the window allow, or null when the day has none. */
export function allowedSpan(
  rules: readonly CallingRule[],
  window: CallingWindow,
  day: DateTime,
): { start: number; end: number } | null {
  const weekday: Weekday = weekdayFromLuxon(day.weekday);
  if (!window.weekdays.includes(weekday)) return null;
  let start = minutesOfDay(window.start);
  let end = minutesOfDay(window.end);
  const date = day.toFormat('yyyy-MM-dd');
  for (const rule of rules) {
    const hours = rule.hours[weekday];
    if (!hours || isNoCallDay(rule, date)) return null;
    start = Math.max(start, minutesOfDay(hours[0]));
    end = Math.min(end, minutesOfDay(hours[1]));
  }
  return start < end ? { start, end } : null;
}

function atMinute(day: DateTime, minute: number): number {
  return day.set({ hour: Math.floor(minute / 60), minute: minute % 60 }).toMillis();
}

function isNoCallDay(rule: CallingRule, date: string): boolean {
  return rule.noCallDays.some((day) => day === date || day === date.slice(5));
}

const MAX_CACHED_DATES = 10_000;
const dates = new Map<string, string>();

/** `YYYY-MM-DD` on the zone's clock; asked for every open partition at every look-up. */
function localDate(timeZone: string, at: number): string {
  const minute = Math.floor(at / 60_000);
  const key = `${timeZone}|${minute}`;
  let date = dates.get(key);
  if (date === undefined) {
    date = DateTime.fromMillis(minute * 60_000, { zone: timeZone }).toFormat('yyyy-MM-dd');
    if (dates.size >= MAX_CACHED_DATES) dates.clear();
    dates.set(key, date);
  }
  return date;
}
