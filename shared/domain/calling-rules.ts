/**
 * Calling rules by country and US state (docs/CALLING_RULES.md): when a lead may be called on its
 * own clock, and how often its number may be dialed. Shared so Settings can check an edit with the
 * same schema the core applies. Every rule that applies to a lead applies: the stricter one wins.
 */
import { z } from 'zod';
import { fail, ok, type Result } from '../result';
import { LOCAL_TIME_PATTERN, WEEKDAYS, minutesOfDay, type Weekday } from './local-time';

/** Allowed local hours of one weekday, start inclusive, end exclusive; null: no calls that day. */
export type DayHours = readonly [start: string, end: string] | null;

export interface CallingRule {
  /** `US` for a country, `US-FL` for a state: the country and the region joined. */
  id: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** A US state's (or a province's) code; null for the country's own rule. */
  region: string | null;
  /** What the rep reads: "Florida". */
  name: string;
  hours: Readonly<Record<Weekday, DayHours>>;
  /** Local dates with no calls: `MM-DD` every year, or `YYYY-MM-DD` once. */
  noCallDays: readonly string[];
  /** Dials per number in any rolling 24 hours, across campaigns; null: no cap. */
  maxAttemptsPer24h: number | null;
  /** The law or page the rule comes from. */
  source: string;
  /** When the source was last checked, `YYYY-MM-DD`. */
  checked: string;
}

/** A rule as an admin set it in Settings, with why: kept on record with every earlier version. */
export interface CallingRuleChange {
  rule: CallingRule;
  reason: string;
  changedBy: string;
  changedAt: number;
}

/** A rule as Settings lists it: where it comes from, and its last change if an admin made one. */
export interface CallingRuleView {
  rule: CallingRule;
  origin: 'shipped' | 'edited' | 'added';
  lastChange: CallingRuleChange | null;
}

const NO_CALL_DAY_PATTERN = /^(?:\d{4}-)?(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;
const CODE_PATTERN = /^[A-Z]{2}$/;
const REGION_PATTERN = /^[A-Z0-9]{1,3}$/;

const localTime = z
  .string({ error: 'expected a time as HH:mm, e.g. "08:00"' })
  .regex(LOCAL_TIME_PATTERN, { error: 'expected a time as HH:mm, e.g. "08:00"' });

const dayHoursSchema = z
  .tuple([localTime, localTime], { error: 'expected ["HH:mm", "HH:mm"], or null for no calls' })
  .nullable()
  .superRefine((hours, ctx) => {
    if (hours && minutesOfDay(hours[0]) >= minutesOfDay(hours[1])) {
      ctx.addIssue({
        code: 'custom',
        message: `the hours must end after they start (${hours[0]}–${hours[1]})`,
      });
    }
  });

const hoursSchema = z.strictObject(
  Object.fromEntries(WEEKDAYS.map((day) => [day, dayHoursSchema])) as Record<
    Weekday,
    typeof dayHoursSchema
  >,
);

export const callingRuleSchema = z
  .strictObject({
    id: z.string(),
    country: z.string().regex(CODE_PATTERN, { error: 'expected a country code such as "US"' }),
    region: z
      .string()
      .regex(REGION_PATTERN, { error: 'expected a state code such as "FL", or null' })
      .nullable(),
    name: z.string().trim().min(1, { error: 'give the rule a name the rep will read' }),
    hours: hoursSchema,
    noCallDays: z.array(
      z.string().regex(NO_CALL_DAY_PATTERN, { error: 'expected MM-DD or YYYY-MM-DD' }),
    ),
    maxAttemptsPer24h: z
      .number()
      .int({ error: 'expected a whole number of dials' })
      .min(1, { error: 'must be at least 1 (or null for no cap)' })
      .max(50, { error: 'must be at most 50' })
      .nullable(),
    source: z.string().trim().min(1, { error: 'say where the rule comes from' }),
    checked: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date as YYYY-MM-DD' }),
  })
  .superRefine((rule, ctx) => {
    const expected = callingRuleId(rule.country, rule.region);
    if (rule.id !== expected) {
      ctx.addIssue({
        code: 'custom',
        path: ['id'],
        message: `expected "${expected}" for country ${rule.country}${rule.region ? ` and region ${rule.region}` : ''}`,
      });
    }
  });

export function callingRuleId(country: string, region: string | null): string {
  return region ? `${country}-${region}` : country;
}

/** Checks a rule from the shipped table, the store or Settings, naming every problem. */
export function parseCallingRule(input: unknown): Result<CallingRule> {
  const parsed = callingRuleSchema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  const problems = parsed.error.issues.map((issue) => {
    const where = issue.path.map(String).join('.');
    return where ? `${where}: ${issue.message}` : issue.message;
  });
  return fail('invalid-argument', `The calling rule is invalid: ${problems.join('; ')}`);
}

export const saveCallingRuleSchema = z.strictObject({
  rule: z.unknown(),
  reason: z
    .string({ error: 'say why the rule changes' })
    .trim()
    .min(3, { error: 'say why the rule changes (kept on record)' })
    .max(500, { error: 'keep the reason under 500 characters' }),
});
