import rulesTable from '../../shared/compliance/calling-rules.json';
import areaCodes from '../../shared/compliance/nanp-area-code-states.json';
import usStates from '../../shared/compliance/us-states.json';
import zip3 from '../../shared/compliance/us-zip3-states.json';

/**
 * An independent referee for the calling rules: it reads the shipped tables itself, finds a lead's
 * states from its raw address and number with its own code (not the store's generated column), and
 * reads the lead's wall clock through Intl (not the queue's Luxon code). A bug in either shows up
 * as a violation here.
 */
export interface RefereeLead {
  phoneE164: string;
  country: string | null;
  region: string | null;
  postalCode: string | null;
  timeZone: string;
}

interface TableRule {
  id: string;
  country: string;
  region: string | null;
  name: string;
  hours: Record<string, string[] | null>;
  noCallDays: string[];
  maxAttemptsPer24h: number | null;
}

const RULES = rulesTable.rules as TableRule[];
const DAY = 24 * 60 * 60 * 1000;

const stateOfAreaCode = new Map<string, string>();
for (const [state, codes] of Object.entries(areaCodes.states)) {
  for (const code of codes.split(' ')) stateOfAreaCode.set(code, state);
}
const stateOfName = new Map<string, string>();
for (const [code, name] of Object.entries(usStates.states)) {
  stateOfName.set(code, code);
  stateOfName.set(name.toUpperCase(), code);
}

function stateOfZip(postal: string): string | null {
  const digits = /^\d{5}/.test(postal)
    ? postal.slice(0, 3)
    : /^\d{4}$/.test(postal)
      ? `0${postal.slice(0, 2)}`
      : null;
  if (digits === null) return null;
  let found: string | null = null;
  for (const [state, from, to] of zip3.ranges) {
    if (digits >= from! && digits <= to!) found = state!;
  }
  return found;
}

export function refereeStates(lead: RefereeLead): { country: string; states: string[] } {
  const areaState = /^\+1\d{10}$/.test(lead.phoneE164)
    ? (stateOfAreaCode.get(lead.phoneE164.slice(2, 5)) ?? null)
    : null;
  const country = lead.country?.trim().toUpperCase() || (areaState ? 'US' : '');
  if (country !== 'US') return { country, states: [] };
  const named = lead.region ? (stateOfName.get(lead.region.trim().toUpperCase()) ?? null) : null;
  const address = named ?? (lead.postalCode ? stateOfZip(lead.postalCode.trim()) : null);
  const states = [...new Set([address, areaState].filter((s): s is string => s !== null))];
  return { country, states };
}

export function refereeRules(lead: RefereeLead): TableRule[] {
  const { country, states } = refereeStates(lead);
  return RULES.filter(
    (rule) => rule.country === country && (rule.region === null || states.includes(rule.region)),
  );
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function wallClock(timeZone: string, at: number) {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      weekday: 'short',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  const parts = Object.fromEntries(formatter.formatToParts(at).map((p) => [p.type, p.value]));
  return {
    weekday: String(parts.weekday).toLowerCase(),
    minute: Number(parts.hour) * 60 + Number(parts.minute),
    date: `${parts.year}-${parts.month}-${parts.day}`,
  };
}

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** What is wrong with dialing the lead at `at`, given its number's earlier dials; null if nothing. */
export function refereeViolation(
  lead: RefereeLead,
  at: number,
  earlierDialsOfNumber: readonly number[],
): string | null {
  const { country, states } = refereeStates(lead);
  if (country === 'US' && states.length === 0) return 'a US lead with no state was dialed';
  const clock = wallClock(lead.timeZone, at);
  for (const rule of refereeRules(lead)) {
    const hours = rule.hours[clock.weekday];
    if (!hours) return `${rule.name}: dialed on a ${clock.weekday}`;
    if (rule.noCallDays.some((day) => day === clock.date || day === clock.date.slice(5))) {
      return `${rule.name}: dialed on a no-call day (${clock.date})`;
    }
    if (clock.minute < minutes(hours[0]!) || clock.minute >= minutes(hours[1]!)) {
      return `${rule.name}: dialed at ${Math.floor(clock.minute / 60)}:${String(clock.minute % 60).padStart(2, '0')} their time`;
    }
    const cap = rule.maxAttemptsPer24h;
    const inDay = earlierDialsOfNumber.filter((d) => d > at - DAY && d <= at).length;
    if (cap !== null && inDay >= cap) return `${rule.name}: dial ${inDay + 1} in 24 h (cap ${cap})`;
  }
  return null;
}
