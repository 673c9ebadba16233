import fc from 'fast-check';
import { MINUTE_MS } from '../../../shared/clock';
import { DEFAULT_DISPOSITIONS, SYSTEM_DISPOSITIONS } from '../../../shared/domain/disposition';
import type { Lead, LeadStatus } from '../../../shared/domain/lead';
import { parseCampaignRules } from '../../../electron/core/queue/campaign-rules';
import type { CampaignRules } from '../../../electron/core/queue/campaign-rules';
import { WEEKDAYS } from '../../../electron/core/queue/local-time';
import { nextWindowOpening } from '../../../electron/core/queue/calling-window';
import { makeLead } from './fixtures';

/** Zones with DST in either hemisphere, half- and quarter-hour offsets, and a 30-minute DST. */
export const ZONES = [
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Phoenix',
  'America/Los_Angeles',
  'America/Anchorage',
  'Pacific/Honolulu',
  'America/St_Johns',
  'America/Sao_Paulo',
  'Europe/London',
  'Europe/Berlin',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Australia/Lord_Howe',
  'Pacific/Auckland',
] as const;

export const PHONES = Array.from({ length: 12 }, (_, i) => `+1555000${String(i).padStart(4, '0')}`);

const STATUSES: readonly LeadStatus[] = ['new', 'retry', 'callback', 'done', 'dnc', 'held'];
const DAY_MINUTES = 24 * 60;

const hhmm = (minuteOfDay: number) =>
  `${String(Math.floor(minuteOfDay / 60)).padStart(2, '0')}:${String(minuteOfDay % 60).padStart(2, '0')}`;

/** 2024–2030: every DST switch of those years, in both directions. */
export const instantArb = fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2030, 11, 31) });

export const rulesArb: fc.Arbitrary<CampaignRules> = fc
  .record({
    start: fc.oneof(fc.constant(8 * 60), fc.integer({ min: 8 * 60, max: 20 * 60 + 59 })),
    length: fc.oneof(fc.constant(13 * 60), fc.integer({ min: 1, max: 13 * 60 })),
    weekdays: fc.oneof(fc.constant([...WEEKDAYS]), fc.subarray([...WEEKDAYS], { minLength: 1 })),
    slaMinutes: fc.integer({ min: 5, max: 240 }),
    atRiskShare: fc.double({ min: 0, max: 1, noNaN: true }),
    maxAttempts: fc.integer({ min: 1, max: 8 }),
    spacing: fc.array(fc.integer({ min: 1, max: 2 * DAY_MINUTES }), { minLength: 1, maxLength: 4 }),
    nextDay: fc.boolean(),
    callbackGraceMinutes: fc.integer({ min: 0, max: 10 }),
  })
  .map((r) => {
    const end = Math.min(r.start + r.length, 21 * 60);
    const parsed = parseCampaignRules({
      callingWindow: { start: hhmm(r.start), end: hhmm(end), weekdays: r.weekdays },
      speedToLead: {
        slaMinutes: r.slaMinutes,
        atRiskMinutes: Math.floor(r.atRiskShare * r.slaMinutes),
      },
      cadence: {
        maxAttempts: r.maxAttempts,
        spacing: [
          ...r.spacing.map((minutes) => ({ kind: 'wait', minutes })),
          ...(r.nextDay ? [{ kind: 'next-day', at: hhmm(r.start) }] : []),
        ],
      },
      callbackGraceMinutes: r.callbackGraceMinutes,
    });
    if (!parsed.ok) throw new Error(parsed.error.message);
    return parsed.value;
  });

const offsetArb = (minMinutes: number, maxMinutes: number) =>
  fc.integer({ min: minMinutes, max: maxMinutes }).map((minutes) => minutes * MINUTE_MS);

/** A lead relative to `now`, with every status and field combination the store could hold. */
export const leadAt = (now: number, homeZone: string = ZONES[0]): fc.Arbitrary<Lead> =>
  fc
    .record({
      status: fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom<LeadStatus>('new', 'retry', 'callback') },
        { weight: 1, arbitrary: fc.constantFrom(...STATUSES) },
      ),
      timeZone: fc.oneof(
        { weight: 8, arbitrary: fc.constant<string | null>(homeZone) },
        { weight: 8, arbitrary: fc.constantFrom<string | null>(...ZONES) },
        { weight: 1, arbitrary: fc.constantFrom<string | null>(null, '', 'Not/A_Zone') },
      ),
      phone: fc.constantFrom(...PHONES),
      age: fc.oneof(offsetArb(-10, 240), offsetArb(-10, 3 * DAY_MINUTES)),
      attemptCount: fc.oneof(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 9 })),
      nextEligible: fc.option(offsetArb(-2 * DAY_MINUTES, 2 * DAY_MINUTES), { nil: null }),
      callback: fc.option(offsetArb(-DAY_MINUTES, DAY_MINUTES), { nil: null, freq: 8 }),
    })
    .map((r) =>
      makeLead({
        status: r.status,
        timeZone: r.timeZone,
        phoneE164: r.phone,
        createdAt: now - r.age,
        attemptCount: r.attemptCount,
        nextEligibleAt: r.nextEligible === null ? null : now + r.nextEligible,
        callbackAt: r.callback === null ? null : now + r.callback,
      }),
    );

export interface QueueCase {
  now: number;
  rules: CampaignRules;
  leads: Lead[];
  dncList: Set<string>;
}

/**
 * Mostly an instant when the window is open in a home zone most leads share, so that many leads
 * are callable and many are not, for every reason; sometimes any instant at all.
 */
export const queueCaseArb: fc.Arbitrary<QueueCase> = fc
  .record({
    instant: instantArb,
    rules: rulesArb,
    homeZone: fc.constantFrom(...ZONES),
    intoWindow: fc.oneof(
      { weight: 3, arbitrary: fc.integer({ min: 0, max: 12 * 60 }) },
      { weight: 1, arbitrary: fc.constant(null) },
    ),
    dnc: fc.subarray(PHONES, { maxLength: 4 }),
  })
  .chain(({ instant, rules, homeZone, intoWindow, dnc }) => {
    const now =
      intoWindow === null
        ? instant
        : nextWindowOpening(homeZone, instant, rules.callingWindow) + intoWindow * MINUTE_MS;
    return fc
      .array(leadAt(now, homeZone), { minLength: 1, maxLength: 60, size: 'max' })
      .map((leads) => ({
        now,
        rules,
        leads: leads.map((lead, i) => ({ ...lead, id: i + 1 })),
        dncList: new Set(dnc),
      }));
  });

export const dispositionArb = fc.constantFrom(...DEFAULT_DISPOSITIONS, ...SYSTEM_DISPOSITIONS);
