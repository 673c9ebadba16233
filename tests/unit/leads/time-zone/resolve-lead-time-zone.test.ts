import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { IANAZone } from 'luxon';
import { parseExplicitZone } from '../../../../electron/core/leads/time-zone/explicit-zone';
import { knownAreaCodes } from '../../../../electron/core/leads/time-zone/nanp-area-code-zones';
import {
  zoneFromCanadianPostalCode,
  zoneFromUsZip,
} from '../../../../electron/core/leads/time-zone/postal-code-zones';
import { resolveLeadTimeZone } from '../../../../electron/core/leads/time-zone/resolve-lead-time-zone';

const resolved = (zone: string, source: string) => ({ status: 'resolved', zone, source });

describe('explicit time zones', () => {
  it.each([
    ['America/New_York', 'America/New_York'],
    ['america/chicago', 'America/Chicago'],
    ['US/Eastern', 'America/New_York'],
    ['Eastern Time', 'America/New_York'],
    ['EST', 'America/New_York'],
    ['PST', 'America/Los_Angeles'],
    ['Pacific Standard Time', 'America/Los_Angeles'],
    ['(GMT-05:00) Eastern Time (US & Canada)', 'America/New_York'],
    ['(GMT-08:00) Pacific Standard Time (America/Los_Angeles)', 'America/Los_Angeles'],
    ['Arizona', 'America/Phoenix'],
    ['CET', 'Europe/Paris'],
    ['GMT+1', 'Etc/GMT-1'],
    ['UTC-05:00', 'Etc/GMT+5'],
    ['GMT', 'UTC'],
    ['Europe/London', 'Europe/London'],
  ])('reads %j as %s', (text, zone) => {
    expect(parseExplicitZone(text)).toBe(zone);
  });

  it.each(['Mars/Olympus', 'sometime', 'GMT+5:30', 'GMT+15'])(
    'does not invent a zone for %j',
    (text) => {
      expect(parseExplicitZone(text)).toBeNull();
    },
  );
});

describe('lead time zone resolution', () => {
  it('prefers the zone the file gives over every other clue', () => {
    expect(
      resolveLeadTimeZone({
        timeZone: 'PST',
        region: 'NY',
        phoneE164: '+12125550147',
        country: 'US',
      }),
    ).toEqual(resolved('America/Los_Angeles', 'explicit'));
  });

  it('uses the state or province next', () => {
    expect(resolveLeadTimeZone({ region: 'Texas', phoneE164: '+12125550147' })).toEqual(
      resolved('America/Chicago', 'region'),
    );
    expect(resolveLeadTimeZone({ region: 'QC', country: 'CA' })).toEqual(
      resolved('America/Toronto', 'region'),
    );
    expect(resolveLeadTimeZone({ region: 'Saskatchewan' })).toEqual(
      resolved('America/Regina', 'region'),
    );
    expect(resolveLeadTimeZone({ region: 'WA', country: 'AU' })).toEqual(
      resolved('Australia/Perth', 'region'),
    );
    expect(resolveLeadTimeZone({ region: 'WA', country: 'US' })).toEqual(
      resolved('America/Los_Angeles', 'region'),
    );
  });

  it('looks past a split state to the ZIP code', () => {
    // Tennessee is split; Knoxville (379xx) is Eastern, Nashville (372xx) Central.
    expect(resolveLeadTimeZone({ region: 'TN', postalCode: '37902', country: 'US' })).toEqual(
      resolved('America/New_York', 'postal'),
    );
    expect(resolveLeadTimeZone({ region: 'TN', postalCode: '37203-4512' })).toEqual(
      resolved('America/Chicago', 'postal'),
    );
  });

  it('reads US ZIP codes on both sides of a zone line', () => {
    expect(zoneFromUsZip('32501')).toEqual({ zone: 'America/Chicago' }); // Pensacola
    expect(zoneFromUsZip('32301')).toEqual({ zone: 'America/New_York' }); // Tallahassee
    expect(zoneFromUsZip('79901')).toEqual({ zone: 'America/Denver' }); // El Paso
    expect(zoneFromUsZip('75201')).toEqual({ zone: 'America/Chicago' }); // Dallas
    expect(zoneFromUsZip('85001')).toEqual({ zone: 'America/Phoenix' });
    expect(zoneFromUsZip('96799')).toEqual({ zone: 'Pacific/Pago_Pago' });
    expect(zoneFromUsZip('09021')).toHaveProperty('ambiguous');
    expect(zoneFromUsZip('1234')).toBeNull();
  });

  it('reads Canadian postal codes, including the areas across a zone line', () => {
    expect(zoneFromCanadianPostalCode('M5V 2T6')).toEqual({ zone: 'America/Toronto' });
    expect(zoneFromCanadianPostalCode('P9N 1A1')).toEqual({ zone: 'America/Winnipeg' }); // Kenora
    expect(zoneFromCanadianPostalCode('T2P1J9')).toEqual({ zone: 'America/Edmonton' });
    expect(resolveLeadTimeZone({ postalCode: 'V6B 4Y8' })).toEqual(
      resolved('America/Vancouver', 'postal'),
    );
  });

  it('falls back to the area code of a North American number', () => {
    expect(resolveLeadTimeZone({ phoneE164: '+14155550123' })).toEqual(
      resolved('America/Los_Angeles', 'area-code'),
    );
    expect(resolveLeadTimeZone({ phoneE164: '+13125550188', country: 'US' })).toEqual(
      resolved('America/Chicago', 'area-code'),
    );
    expect(resolveLeadTimeZone({ phoneE164: '+13065550111' })).toEqual(
      resolved('America/Regina', 'area-code'),
    );
  });

  it('holds a lead whose only clue is an area code across a zone line', () => {
    const result = resolveLeadTimeZone({ phoneE164: '+18505550100' });
    expect(result.status).toBe('ambiguous');
    expect(result).toHaveProperty('reason', expect.stringContaining('850'));
  });

  it('uses the country when it keeps one zone, including the country of the phone number', () => {
    expect(resolveLeadTimeZone({ country: 'GB' })).toEqual(resolved('Europe/London', 'country'));
    expect(resolveLeadTimeZone({ phoneE164: '+442079460958' })).toEqual(
      resolved('Europe/London', 'country'),
    );
    expect(resolveLeadTimeZone({ country: 'nz' })).toEqual(resolved('Pacific/Auckland', 'country'));
  });

  it('holds a lead in a country with several zones and nothing more to go on', () => {
    for (const country of ['US', 'CA', 'AU', 'BR', 'MX', 'RU', 'ID']) {
      expect(resolveLeadTimeZone({ country }).status).toBe('ambiguous');
    }
    const tollFree = resolveLeadTimeZone({ phoneE164: '+18005550199', country: 'US' });
    expect(tollFree.status).toBe('ambiguous');
    expect(tollFree).toHaveProperty('reason', expect.stringContaining('toll-free'));
  });

  it('says what it could not use', () => {
    expect(resolveLeadTimeZone({})).toEqual({
      status: 'unknown',
      reason: 'no zone, state, postal code, phone or country',
    });
    const typo = resolveLeadTimeZone({ timeZone: 'Estern', country: 'US' });
    expect(typo.status).toBe('ambiguous');
    expect(typo).toHaveProperty('reason', expect.stringContaining('"Estern"'));
  });

  it('only ever answers with zones the runtime knows', () => {
    for (const code of knownAreaCodes()) {
      const result = resolveLeadTimeZone({ phoneE164: `+1${code}5550100` });
      if (result.status === 'resolved') expect(IANAZone.isValidZone(result.zone)).toBe(true);
    }
    fc.assert(
      fc.property(
        fc.record({
          timeZone: fc.option(fc.string()),
          region: fc.option(fc.constantFrom('TX', 'Ontario', 'NSW', 'zz', '')),
          postalCode: fc.option(fc.stringMatching(/^[0-9A-Z ]{0,7}$/)),
          country: fc.option(fc.constantFrom('US', 'CA', 'GB', 'AU', 'FR', 'XX')),
          phoneE164: fc.option(fc.stringMatching(/^\+\d{6,14}$/)),
        }),
        (clues) => {
          const result = resolveLeadTimeZone(clues);
          if (result.status === 'resolved') expect(IANAZone.isValidZone(result.zone)).toBe(true);
          else expect(result.reason.length).toBeGreaterThan(0);
        },
      ),
    );
  });
});

describe('majority zones', () => {
  it('lets a ZIP code correct the majority zone of a split state', () => {
    // Florida is Eastern except the panhandle; Pensacola (325xx) is Central.
    expect(resolveLeadTimeZone({ region: 'FL', postalCode: '32501' })).toEqual(
      resolved('America/Chicago', 'postal'),
    );
    expect(resolveLeadTimeZone({ region: 'Texas', postalCode: '79901' })).toEqual(
      resolved('America/Denver', 'postal'),
    );
    expect(resolveLeadTimeZone({ region: 'Ontario', postalCode: 'P9N 1A1' })).toEqual(
      resolved('America/Winnipeg', 'postal'),
    );
  });

  it('keeps the majority zone over an area code, since the address is where the lead is', () => {
    expect(resolveLeadTimeZone({ region: 'FL', phoneE164: '+18505550112' })).toEqual(
      resolved('America/New_York', 'region'),
    );
    expect(resolveLeadTimeZone({ region: 'FL', postalCode: 'garbage' })).toEqual(
      resolved('America/New_York', 'region'),
    );
  });
});
