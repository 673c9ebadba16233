import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  chooseCallerId,
  planLocalPresence,
  type PresenceLead,
} from '../../../electron/core/local-presence';
import type { LocalPresenceSettings } from '../../../shared/domain/local-presence';
import { countryOfNumber } from '../../../shared/domain/local-presence-problems';
import {
  nanpAreaCodeOf,
  usStateOfAddress,
  usStateOfAreaCode,
} from '../../../shared/compliance/us-state-of';

const DENVER = '+13035550100';
const DENVER_2 = '+13035550101';
const BOULDER = '+17205550100';
const MANHATTAN = '+12125550100';
const TORONTO = '+14165550100';
const LONDON = '+442079460958';

const lead = (overrides: Partial<PresenceLead> = {}): PresenceLead => ({
  id: 1,
  phoneE164: '+13035550176',
  country: 'US',
  region: 'CO',
  postalCode: null,
  ...overrides,
});

const pool = (numbers: string[], extra: Partial<LocalPresenceSettings> = {}) =>
  planLocalPresence({
    numbers: numbers.map((number) => ({ number, label: null })),
    countries: ['US', 'CA'],
    defaultNumber: null,
    ...extra,
  });

describe('chooseCallerId: examples', () => {
  it('gives a lead in 303 the pool’s 303 number', () => {
    const plan = pool([MANHATTAN, BOULDER, DENVER], { defaultNumber: MANHATTAN });
    expect(chooseCallerId(plan, lead())).toEqual({ number: DENVER, match: 'area-code' });
  });

  it('falls back to the state, the country, then the default', () => {
    const plan = pool([MANHATTAN, BOULDER, TORONTO], { defaultNumber: TORONTO });
    expect(chooseCallerId(plan, lead())).toEqual({ number: BOULDER, match: 'state' });
    const miami = lead({ id: 2, phoneE164: '+13055550111', region: 'FL' });
    expect(chooseCallerId(plan, miami)).toEqual({ number: MANHATTAN, match: 'country' });
    const noUsNumber = pool([TORONTO], { defaultNumber: TORONTO });
    expect(chooseCallerId(noUsNumber, miami)).toEqual({ number: TORONTO, match: 'default' });
  });

  it('matches the address’s state when the number’s area has no pool number', () => {
    // A New York mobile, living in Denver (ZIP 802…).
    const movedToDenver = lead({ phoneE164: '+16465550198', region: null, postalCode: '80202' });
    expect(chooseCallerId(pool([BOULDER]), movedToDenver)).toEqual({
      number: BOULDER,
      match: 'state',
    });
    // The number's own state comes first.
    expect(chooseCallerId(pool([BOULDER, MANHATTAN]), movedToDenver)).toEqual({
      number: MANHATTAN,
      match: 'state',
    });
  });

  it('presents nothing in a country the settings do not allow, not even the default', () => {
    const plan = pool([DENVER, LONDON], { countries: ['US'], defaultNumber: DENVER });
    const londoner = lead({ phoneE164: '+442079460958', country: 'GB', region: null });
    expect(chooseCallerId(plan, londoner)).toBeNull();
    // A US number of someone whose address is in Britain: Britain is not allowed either.
    expect(chooseCallerId(plan, lead({ country: 'GB' }))).toBeNull();
  });

  it('never presents a number of a country the settings do not allow', () => {
    const plan = pool([LONDON, TORONTO], { countries: ['US', 'CA'], defaultNumber: LONDON });
    expect(chooseCallerId(plan, lead())).toBeNull();
    const torontoDefault = pool([LONDON, TORONTO], { defaultNumber: TORONTO });
    expect(chooseCallerId(torontoDefault, lead())).toEqual({ number: TORONTO, match: 'default' });
  });

  it('gives a lead the same number on every attempt and spreads the leads of one area', () => {
    const plan = pool([DENVER, DENVER_2]);
    const chosen = [1, 2, 3, 4].map((id) => chooseCallerId(plan, lead({ id }))?.number);
    expect(chosen).toEqual([DENVER_2, DENVER, DENVER_2, DENVER]);
    expect(chooseCallerId(plan, lead({ id: 3 }))?.number).toBe(DENVER_2);
  });

  it('never presents a number that is not valid, even as the default', () => {
    const plan = pool(['+1303555', DENVER_2], { defaultNumber: '+1303555' });
    expect(chooseCallerId(plan, lead({ id: 2 }))).toEqual({ number: DENVER_2, match: 'area-code' });
    const miami = lead({ phoneE164: '+13055550111', region: 'FL' });
    expect(chooseCallerId(pool(['+1303555'], { defaultNumber: '+1303555' }), miami)).toBeNull();
  });

  it('presents nothing with an empty pool', () => {
    expect(chooseCallerId(pool([]), lead())).toBeNull();
  });
});

// ── Property: area code beats state beats country beats default; never a disallowed country ──

const AREA_CODES = ['303', '720', '719', '212', '646', '305', '415', '808', '416', '514'];
const usOrCanada = fc
  .tuple(fc.constantFrom(...AREA_CODES), fc.integer({ min: 200, max: 999 }), fc.nat(9999))
  .map(([area, exchange, line]) => `+1${area}${exchange}${String(line).padStart(4, '0')}`);
const british = fc
  .tuple(fc.constantFrom('20794', '16149', '11749'), fc.nat(99999))
  .map(([prefix, line]) => `+44${prefix}${String(line).padStart(5, '0')}`);
const validNumber = fc.oneof(usOrCanada, british).filter((n) => countryOfNumber(n) !== null);
const COUNTRIES = ['US', 'CA', 'GB'];

const settingsArb: fc.Arbitrary<LocalPresenceSettings> = fc
  .record({
    numbers: fc.uniqueArray(validNumber, { maxLength: 12 }),
    countries: fc.subarray(COUNTRIES),
    defaultIndex: fc.option(fc.nat(), { nil: null }),
  })
  .map(({ numbers, countries, defaultIndex }) => ({
    numbers: numbers.map((number) => ({ number, label: null })),
    countries,
    defaultNumber:
      defaultIndex === null || numbers.length === 0
        ? null
        : (numbers[defaultIndex % numbers.length] as string),
  }));

const leadArb: fc.Arbitrary<PresenceLead> = fc.record({
  id: fc.integer({ min: 1, max: 1_000_000 }),
  phoneE164: validNumber,
  country: fc.constantFrom(null, 'US', 'CA', 'GB'),
  region: fc.constantFrom(null, 'CO', 'NY', 'Colorado', 'FL', 'ON'),
  postalCode: fc.constantFrom(null, '80202', '10001', '33101', 'SW1A 1AA'),
});

/** What the lead is, read straight from the data: the referee the chooser is held to. */
function facts(settings: LocalPresenceSettings, target: PresenceLead) {
  const allowed = new Set(settings.countries);
  const phoneCountry = countryOfNumber(target.phoneE164);
  const addressCountry = target.country;
  const leadAllowed =
    phoneCountry !== null &&
    allowed.has(phoneCountry) &&
    (addressCountry === null || allowed.has(addressCountry));
  const presentable = settings.numbers
    .map(({ number }) => number)
    .filter((number) => allowed.has(countryOfNumber(number) ?? ''));
  const states = [usStateOfAreaCode(target.phoneE164)];
  if (addressCountry === null || addressCountry === 'US') {
    states.push(usStateOfAddress(target.region, target.postalCode));
  }
  const leadStates = new Set(states.filter((state) => state !== null));
  const areaCode = nanpAreaCodeOf(target.phoneE164);
  return {
    leadAllowed,
    phoneCountry,
    presentable,
    leadStates,
    sameArea: presentable.filter((n) => areaCode !== null && nanpAreaCodeOf(n) === areaCode),
    sameState: presentable.filter((n) => leadStates.has(usStateOfAreaCode(n) ?? '')),
    sameCountry: presentable.filter((n) => countryOfNumber(n) === phoneCountry),
  };
}

describe('chooseCallerId: property', () => {
  it('area code beats state beats country beats default, and never a disallowed country', () => {
    fc.assert(
      fc.property(settingsArb, leadArb, (settings, target) => {
        const choice = chooseCallerId(planLocalPresence(settings), target);
        const f = facts(settings, target);
        if (!f.leadAllowed) {
          expect(choice).toBeNull();
          return;
        }
        const allowed = new Set(settings.countries);
        if (choice !== null) {
          expect(f.presentable).toContain(choice.number);
          expect(allowed.has(countryOfNumber(choice.number) ?? '')).toBe(true);
        }
        if (f.sameArea.length > 0) {
          expect(choice?.match).toBe('area-code');
          expect(f.sameArea).toContain(choice?.number);
        } else if (f.sameState.length > 0) {
          expect(choice?.match).toBe('state');
          expect(f.sameState).toContain(choice?.number);
        } else if (f.sameCountry.length > 0) {
          expect(choice?.match).toBe('country');
          expect(f.sameCountry).toContain(choice?.number);
        } else if (
          settings.defaultNumber !== null &&
          f.presentable.includes(settings.defaultNumber)
        ) {
          expect(choice).toEqual({ number: settings.defaultNumber, match: 'default' });
        } else {
          expect(choice).toBeNull();
        }
      }),
      { numRuns: 500 },
    );
  });

  it('is deterministic: the same lead gets the same number however often it is asked', () => {
    fc.assert(
      fc.property(settingsArb, leadArb, (settings, target) => {
        const first = chooseCallerId(planLocalPresence(settings), target);
        expect(chooseCallerId(planLocalPresence(settings), { ...target })).toEqual(first);
      }),
      { numRuns: 200 },
    );
  });
});
