/**
 * A campaign's dialing rules and their schema, shared so the renderer can edit and check them;
 * the queue policy that applies them is electron/core/queue.
 */
import { z } from 'zod';
import { fail, ok } from '../result';
import type { Result } from '../result';
import { LOCAL_TIME_PATTERN, WEEKDAYS, minutesOfDay } from './local-time';
import type { Weekday } from './local-time';

/** Allowed local hours in the LEAD's time zone: start inclusive, end exclusive, `HH:mm`. */
export interface CallingWindow {
  start: string;
  end: string;
  weekdays: readonly Weekday[];
}

/**
 * One gap of the retry cadence. `wait`: minutes after the outcome. `next-day`: `at` local time
 * (or the window's opening, if later) on the next allowed weekday after the day of the outcome.
 */
export type CadenceStep = { kind: 'wait'; minutes: number } | { kind: 'next-day'; at: string };

export interface Cadence {
  /** Dials a lead gets from the cadence, the first one included. */
  maxAttempts: number;
  /** spacing[n - 1] is the gap after attempt n; the last step repeats. */
  spacing: readonly CadenceStep[];
}

export interface SpeedToLead {
  /** A new lead should get its first dial within this many minutes of arriving. */
  slaMinutes: number;
  /**
   * New leads this close to breaching the SLA are dialed first, closest to breach first; the
   * other fresh leads go freshest first. 0 means always freshest first; slaMinutes means always
   * closest to breach first (earliest deadline first).
   */
  atRiskMinutes: number;
}

export interface CampaignRules {
  callingWindow: CallingWindow;
  speedToLead: SpeedToLead;
  cadence: Cadence;
  /** A callback may be dialed up to this many minutes before the promised time. */
  callbackGraceMinutes: number;
}

/** The default window, and the widest one a campaign may set: campaigns can only narrow it. */
export const WIDEST_CALLING_WINDOW = { start: '08:00', end: '21:00' } as const;

export const DEFAULT_CAMPAIGN_RULES: CampaignRules = {
  callingWindow: { ...WIDEST_CALLING_WINDOW, weekdays: [...WEEKDAYS] },
  speedToLead: { slaMinutes: 60, atRiskMinutes: 20 },
  cadence: {
    maxAttempts: 6,
    spacing: [
      { kind: 'wait', minutes: 10 },
      { kind: 'wait', minutes: 60 },
      { kind: 'wait', minutes: 240 },
      { kind: 'next-day', at: '09:00' },
    ],
  },
  callbackGraceMinutes: 2,
};

const localTime = z
  .string({ error: 'expected a time as HH:mm, e.g. "08:00"' })
  .regex(LOCAL_TIME_PATTERN, { error: 'expected a time as HH:mm, e.g. "08:00"' });

const wholeMinutes = (min: number, max: number) =>
  z
    .number({ error: 'expected a number of minutes' })
    .int({ error: 'expected whole minutes' })
    .min(min, { error: `must be at least ${min}` })
    .max(max, { error: `must be at most ${max}` });

const callingWindowSchema = z
  .strictObject({
    start: localTime.default(DEFAULT_CAMPAIGN_RULES.callingWindow.start),
    end: localTime.default(DEFAULT_CAMPAIGN_RULES.callingWindow.end),
    weekdays: z
      .array(z.enum(WEEKDAYS, { error: `expected one of ${WEEKDAYS.join(', ')}` }))
      .min(1, { error: 'at least one weekday must be allowed' })
      .default([...DEFAULT_CAMPAIGN_RULES.callingWindow.weekdays])
      .transform((days) => WEEKDAYS.filter((day) => days.includes(day))),
  })
  .superRefine((window, ctx) => {
    const widest = WIDEST_CALLING_WINDOW;
    if (minutesOfDay(window.start) < minutesOfDay(widest.start)) {
      ctx.addIssue({
        code: 'custom',
        path: ['start'],
        message: `${window.start} is earlier than ${widest.start}: campaigns may only narrow the ${widest.start}–${widest.end} window`,
      });
    }
    if (minutesOfDay(window.end) > minutesOfDay(widest.end)) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: `${window.end} is later than ${widest.end}: campaigns may only narrow the ${widest.start}–${widest.end} window`,
      });
    }
    if (minutesOfDay(window.start) >= minutesOfDay(window.end)) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: `the window must end after it starts (${window.start}–${window.end})`,
      });
    }
  });

const cadenceStepSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('wait'), minutes: wholeMinutes(1, 30 * 24 * 60) }),
    z.strictObject({ kind: z.literal('next-day'), at: localTime.default('09:00') }),
  ],
  { error: 'expected { kind: "wait", minutes } or { kind: "next-day", at: "HH:mm" }' },
);

const cadenceSchema = z.strictObject({
  maxAttempts: z
    .number({ error: 'expected a number of attempts' })
    .int({ error: 'expected a whole number of attempts' })
    .min(1, { error: 'must be at least 1' })
    .max(20, { error: 'must be at most 20' })
    .default(DEFAULT_CAMPAIGN_RULES.cadence.maxAttempts),
  spacing: z
    .array(cadenceStepSchema)
    .min(1, { error: 'at least one spacing step is needed' })
    .default(() => [...DEFAULT_CAMPAIGN_RULES.cadence.spacing]),
});

const speedToLeadSchema = z
  .strictObject({
    slaMinutes: wholeMinutes(1, 7 * 24 * 60).default(DEFAULT_CAMPAIGN_RULES.speedToLead.slaMinutes),
    atRiskMinutes: wholeMinutes(0, 7 * 24 * 60).default(
      DEFAULT_CAMPAIGN_RULES.speedToLead.atRiskMinutes,
    ),
  })
  .superRefine((sla, ctx) => {
    if (sla.atRiskMinutes > sla.slaMinutes) {
      ctx.addIssue({
        code: 'custom',
        path: ['atRiskMinutes'],
        message: `must not exceed slaMinutes (${sla.slaMinutes})`,
      });
    }
  });

export const campaignRulesSchema = z
  .strictObject({
    callingWindow: callingWindowSchema.prefault({}),
    speedToLead: speedToLeadSchema.prefault({}),
    cadence: cadenceSchema.prefault({}),
    callbackGraceMinutes: wholeMinutes(0, 30).default(DEFAULT_CAMPAIGN_RULES.callbackGraceMinutes),
  })
  .superRefine((rules, ctx) => {
    const windowEnd = minutesOfDay(rules.callingWindow.end);
    rules.cadence.spacing.forEach((step, index) => {
      if (step.kind === 'next-day' && minutesOfDay(step.at) >= windowEnd) {
        ctx.addIssue({
          code: 'custom',
          path: ['cadence', 'spacing', index, 'at'],
          message: `${step.at} is not before the calling window ends (${rules.callingWindow.end})`,
        });
      }
    });
  });

/** Validates campaign rules from settings or IPC; anything left out takes the default. */
export function parseCampaignRules(input: unknown): Result<CampaignRules> {
  const parsed = campaignRulesSchema.safeParse(input ?? {});
  if (parsed.success) return ok(parsed.data);
  const problems = parsed.error.issues.map((issue) => {
    const where = issue.path.map(String).join('.');
    return where ? `${where}: ${issue.message}` : issue.message;
  });
  return fail('invalid-argument', `Campaign rules are invalid: ${problems.join('; ')}`);
}

/** Rules as a person or the renderer writes them: anything left out takes the default. */
export type CampaignRulesInput = z.input<typeof campaignRulesSchema>;
