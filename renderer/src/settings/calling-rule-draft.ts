import {
  callingRuleId,
  parseCallingRule,
  type CallingRule,
} from '../../../shared/domain/calling-rules';
import { WEEKDAYS, type Weekday } from '../../../shared/domain/local-time';

/** A calling rule as the form edits it: every field a string. */
export interface CallingRuleDraft {
  country: string;
  region: string;
  name: string;
  /** "08:00-20:00", or empty for no calls that day. */
  hours: Record<Weekday, string>;
  /** Comma-separated MM-DD or YYYY-MM-DD. */
  noCallDays: string;
  /** Empty for no cap. */
  maxAttemptsPer24h: string;
  source: string;
  checked: string;
  reason: string;
}

export function draftFromRule(rule: CallingRule | null, today: string): CallingRuleDraft {
  const hours = Object.fromEntries(
    WEEKDAYS.map((day) => {
      const span = rule ? rule.hours[day] : (['08:00', '21:00'] as const);
      return [day, span ? `${span[0]}-${span[1]}` : ''];
    }),
  ) as Record<Weekday, string>;
  return {
    country: rule?.country ?? 'US',
    region: rule?.region ?? '',
    name: rule?.name ?? '',
    hours,
    noCallDays: rule?.noCallDays.join(', ') ?? '',
    maxAttemptsPer24h:
      rule?.maxAttemptsPer24h === null || !rule ? '' : String(rule.maxAttemptsPer24h),
    source: rule?.source ?? '',
    checked: rule?.checked ?? today,
    reason: '',
  };
}

/** The rule the draft describes, or the problems in words (the shared schema's). */
export function ruleFromDraft(
  draft: CallingRuleDraft,
): { ok: true; rule: CallingRule } | { ok: false; problem: string } {
  const country = draft.country.trim().toUpperCase();
  const region = draft.region.trim().toUpperCase() || null;
  const hours: Record<string, [string, string] | null | string> = {};
  for (const day of WEEKDAYS) {
    const text = draft.hours[day].trim();
    const match = /^(\d{2}:\d{2})\s*[-–]\s*(\d{2}:\d{2})$/.exec(text);
    hours[day] = text === '' ? null : match ? [match[1]!, match[2]!] : text;
  }
  const cap = draft.maxAttemptsPer24h.trim();
  const parsed = parseCallingRule({
    id: callingRuleId(country, region),
    country,
    region,
    name: draft.name,
    hours,
    noCallDays: draft.noCallDays
      .split(',')
      .map((day) => day.trim())
      .filter(Boolean),
    maxAttemptsPer24h: cap === '' ? null : Number(cap),
    source: draft.source,
    checked: draft.checked.trim(),
  });
  return parsed.ok
    ? { ok: true, rule: parsed.value }
    : { ok: false, problem: parsed.error.message };
}
