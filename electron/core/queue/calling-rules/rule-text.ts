import { DateTime } from 'luxon';
import type { CallingRule, DayHours } from '../../../../shared/domain/calling-rules';
import { WEEKDAYS, minutesOfDay, type Weekday } from '../local-time';
import type { CallingRuleHold } from './calling-rules-gate';

const DAY_NAMES: Record<Weekday, string> = {
  mon: 'Mon',
  tue: 'Tue',
  wed: 'Wed',
  thu: 'Thu',
  fri: 'Fri',
  sat: 'Sat',
  sun: 'Sun',
};

/** "Florida: 8 AM–8 PM, 3 calls a day; next at 8:00 AM tomorrow their time". */
export function describeHold(hold: CallingRuleHold, timeZone: string, now: number): string {
  if (hold.reason === 'unknown-calling-region') return hold.detail;
  const reached = hold.reason === 'attempt-cap-reached' ? ' (reached)' : '';
  const next =
    hold.opensAt === null
      ? 'no opening within a year'
      : `next at ${whenText(hold.opensAt, timeZone, now)} their time`;
  return `${describeRule(hold.rule)}${reached}; ${next}`;
}

/** "Florida: 8 AM–8 PM, 3 calls a day", "Alabama: 8 AM–8 PM, no calls Sun, 3 no-call days". */
export function describeRule(rule: CallingRule): string {
  const parts = [hoursText(rule.hours)];
  if (rule.noCallDays.length > 0) {
    const count = rule.noCallDays.length;
    parts.push(`${count} no-call day${count === 1 ? '' : 's'} a year`);
  }
  if (rule.maxAttemptsPer24h !== null) {
    const cap = rule.maxAttemptsPer24h;
    parts.push(`${cap} call${cap === 1 ? '' : 's'} a day`);
  }
  return `${rule.name}: ${parts.join(', ')}`;
}

function hoursText(hours: Readonly<Record<Weekday, DayHours>>): string {
  const spans = new Map<string, Weekday[]>();
  const closed: Weekday[] = [];
  for (const day of WEEKDAYS) {
    const span = hours[day];
    if (!span) {
      closed.push(day);
      continue;
    }
    const key = `${clockText(span[0])}–${clockText(span[1])}`;
    spans.set(key, [...(spans.get(key) ?? []), day]);
  }
  const open = [...spans.entries()].map(([span, days]) =>
    spans.size === 1 ? span : `${span} ${days.map((day) => DAY_NAMES[day]).join(', ')}`,
  );
  if (closed.length > 0) open.push(`no calls ${closed.map((day) => DAY_NAMES[day]).join(', ')}`);
  return open.join(', ') || 'no calls any day';
}

/** "08:00" → "8 AM", "20:30" → "8:30 PM", "24:00" → "midnight". */
function clockText(localTime: string): string {
  const minutes = minutesOfDay(localTime);
  if (minutes === 24 * 60 || minutes === 0) return 'midnight';
  if (minutes === 12 * 60) return 'noon';
  const hour = Math.floor(minutes / 60);
  const minute = minutes % 60;
  const twelve = hour % 12 === 0 ? 12 : hour % 12;
  const suffix = hour < 12 ? 'AM' : 'PM';
  return minute === 0
    ? `${twelve} ${suffix}`
    : `${twelve}:${String(minute).padStart(2, '0')} ${suffix}`;
}

/** "8:00 AM today", "8:00 AM tomorrow", "8:00 AM on Mon 14 Dec", on the lead's clock. */
function whenText(at: number, timeZone: string, now: number): string {
  const moment = DateTime.fromMillis(at, { zone: timeZone, locale: 'en-US' });
  const today = DateTime.fromMillis(now, { zone: timeZone }).startOf('day');
  const days = Math.round(moment.startOf('day').diff(today, 'days').days);
  const time = moment.toFormat('h:mm a');
  if (days === 0) return `${time} today`;
  if (days === 1) return `${time} tomorrow`;
  return `${time} on ${moment.setLocale('en-GB').toFormat('ccc d LLL')}`;
}
