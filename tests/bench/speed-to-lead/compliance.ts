import type { CallingWindow } from '../../../electron/core/queue/campaign-rules';
import { refereeViolation } from '../../support/calling-rules-referee';
import { minutesOfDay } from '../../../electron/core/queue/local-time';

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The simulator's own referee: it reads the lead's wall clock through Intl, not through the
 * queue's Luxon code, so a window bug in the queue shows up as a violation here.
 */
export function independentlyInsideWindow(
  timeZone: string | null,
  at: number,
  window: CallingWindow,
): boolean {
  if (timeZone === null) return false;
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  const parts = Object.fromEntries(formatter.formatToParts(at).map((p) => [p.type, p.value]));
  const weekday = String(parts.weekday).toLowerCase();
  const minute = Number(parts.hour) * 60 + Number(parts.minute);
  return (
    window.weekdays.some((day) => day === weekday) &&
    minute >= minutesOfDay(window.start) &&
    minute < minutesOfDay(window.end)
  );
}

/**
 * The calling rules' referee (tests/support/calling-rules-referee.ts): its own reading of
 * shared/compliance/calling-rules.json and of the lead's states from its address and area code,
 * not the app's gate. Null when the dial keeps every rule; otherwise what it broke.
 */
export function independentRulesViolation(
  lead: { phoneE164: string; country: string; region: string | null; timeZone: string | null },
  at: number,
  earlierDialsOfNumber: readonly number[],
): string | null {
  if (lead.timeZone === null) return 'dialed a lead with no time zone';
  return refereeViolation(
    { ...lead, timeZone: lead.timeZone, postalCode: null },
    at,
    earlierDialsOfNumber,
  );
}
