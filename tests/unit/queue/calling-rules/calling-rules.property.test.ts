import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import areaCodes from '../../../../shared/compliance/nanp-area-code-states.json';
import zip3 from '../../../../shared/compliance/us-zip3-states.json';
import { DEFAULT_DISPOSITIONS, type Disposition } from '../../../../shared/domain/disposition';
import { AttemptRepository } from '../../../../electron/core/dialing/attempt-repository';
import { CampaignRepository } from '../../../../electron/core/campaigns/campaign-repository';
import { sql } from '../../../../electron/core/platform/store';
import { refereeViolation, type RefereeLead } from '../../../support/calling-rules-referee';
import {
  attemptFor,
  MINUTE,
  openPortsFixture,
  seedLead,
  START,
} from '../../../support/store-fixture';

const STATES = ['FL', 'NY', 'MD', 'OK', 'TX', 'AL', 'LA', 'CA', 'IL'] as const;
const ZONES = [
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Phoenix',
  'America/Los_Angeles',
];
const HOUR = 60 * MINUTE;
/** The US DST switches of 2026, each with three days either side. */
const DST_SWITCHES = [Date.UTC(2026, 2, 8, 7), Date.UTC(2026, 10, 1, 6)];

const noAnswer: Disposition = DEFAULT_DISPOSITIONS.find((d) => d.code === 'no-answer')!;

const areaCodeOf = (state: string) =>
  (areaCodes.states as Record<string, string>)[state]!.split(' ')[0]!;
const zipOf = (state: string) => `${zip3.ranges.find(([s]) => s === state)![1]}01`;

const leadArb = fc.record({
  addressState: fc.option(fc.constantFrom(...STATES), { nil: null }),
  addressAs: fc.constantFrom('code', 'name', 'zip'),
  phoneState: fc.option(fc.constantFrom(...STATES), { nil: null }),
  numberIndex: fc.integer({ min: 0, max: 7 }),
  country: fc.constantFrom('US', null),
  zone: fc.constantFrom(...ZONES),
  campaign: fc.constantFrom('c1', 'c2'),
});

const STATE_NAMES: Record<string, string> = {
  FL: 'Florida',
  NY: 'New York',
  MD: 'maryland',
  OK: 'Oklahoma',
  TX: 'Texas',
  AL: 'Alabama',
  LA: 'Louisiana',
  CA: 'California',
  IL: 'Illinois',
};

describe('calling rules against an independent referee', () => {
  it('never dials outside a rule, nor a fourth time in 24 h where the cap is 3', async () => {
    let dials = 0;
    let refusedByRules = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(leadArb, { minLength: 4, maxLength: 12 }),
        fc.constantFrom(...DST_SWITCHES),
        fc.integer({ min: -72, max: 72 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 7 }), fc.integer({ min: 1, max: 30 * 60 })), {
          maxLength: 8,
        }),
        fc.array(fc.integer({ min: 1, max: 150 }), { minLength: 40, maxLength: 80 }),
        async (leads, dstSwitch, hoursFromSwitch, history, steps) => {
          const f = await openPortsFixture();
          try {
            const start = dstSwitch + hoursFromSwitch * HOUR;
            f.clock.advance(start - START);
            await f.store.write([
              CampaignRepository.ensureStatement({ id: 'c2', name: 'Other', createdAt: 0 }),
              // A quick cadence, so caps are reached within hours.
              sql`UPDATE campaigns SET rules_json = ${JSON.stringify({
                cadence: { maxAttempts: 12, spacing: [{ kind: 'wait', minutes: 5 }] },
              })} WHERE id = 'c2'`,
            ]);
            f.campaigns.invalidate();
            const byId = new Map<number, RefereeLead>();
            const dialsOf = new Map<string, number[]>();
            for (const spec of leads) {
              const phone = spec.phoneState
                ? `+1${areaCodeOf(spec.phoneState)}55501${spec.numberIndex}0`
                : `+1800555010${spec.numberIndex}`;
              const state = spec.addressState;
              const raw: RefereeLead = {
                phoneE164: phone,
                country: spec.country,
                region:
                  state && spec.addressAs !== 'zip'
                    ? spec.addressAs === 'code'
                      ? state
                      : STATE_NAMES[state]!
                    : null,
                postalCode: state && spec.addressAs === 'zip' ? zipOf(state) : null,
                timeZone: spec.zone,
              };
              const id = await seedLead(f.store, {
                ...raw,
                campaignId: spec.campaign,
                createdAt: start - 10 * MINUTE,
              });
              byId.set(id, raw);
            }
            // Earlier dials of some numbers, by leads of either campaign, in the last 30 hours.
            const ids = [...byId.keys()];
            for (const [which, minutesAgo] of history) {
              const id = ids[which % ids.length]!;
              const at = start - minutesAgo * MINUTE;
              const attempt = attemptFor(id, { startedAt: at, endedAt: at + MINUTE });
              await f.store.write(AttemptRepository.saveCallStatement(attempt));
              const phone = byId.get(id)!.phoneE164;
              dialsOf.set(phone, [...(dialsOf.get(phone) ?? []), at]);
            }
            for (const step of steps) {
              f.clock.advance(step * MINUTE);
              const offer = await f.ports.nextLead();
              if (!offer) continue;
              const verdict = await f.ports.isDialable(offer.lead, false);
              if (!verdict.ok) {
                refusedByRules += 1;
                const until = verdict.until;
                await f.ports.skipLead(offer.lead.id, {
                  by: 'dial-check',
                  reason: verdict.reason,
                  ...(until === undefined ? {} : { until }),
                });
                continue;
              }
              const now = f.clock.now();
              const raw = byId.get(offer.lead.id)!;
              const earlier = dialsOf.get(raw.phoneE164) ?? [];
              expect(refereeViolation(raw, now, earlier), `lead ${offer.lead.id}`).toBeNull();
              dials += 1;
              dialsOf.set(raw.phoneE164, [...earlier, now]);
              const attempt = attemptFor(offer.lead.id, {
                campaignId: offer.lead.campaignId,
                startedAt: now,
              });
              await f.ports.startAttempt(attempt);
              await f.ports.recordOutcome(
                {
                  ...attempt,
                  endedAt: now + MINUTE,
                  endReason: 'no-answer',
                  recordedAt: now + MINUTE,
                },
                noAnswer,
              );
            }
          } finally {
            await f.close();
          }
        },
      ),
      { numRuns: 20 },
    );
    // The runs dialed, and the rules refused dials, so both sides were exercised.
    expect(dials).toBeGreaterThan(50);
    expect(refusedByRules).toBeGreaterThan(0);
  }, 240_000);
});
