import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { nanpFastPathEnabled } from '../../../../electron/core/leads/import/values/nanp-fast-path';
import { normalizePhone } from '../../../../electron/core/leads/import/values/phone-number';

describe('phone normalization', () => {
  it.each([
    ['(415) 555-0123', 'US', '+14155550123', null],
    ['415.555.0123', 'US', '+14155550123', null],
    ['+1 (646) 555-0134', 'GB', '+16465550134', null],
    ['(212) 555-0147 ext. 12', 'US', '+12125550147', '12'],
    ['(415)555-0123x58947', 'US', '+14155550123', '58947'],
    ['+44 20 7946 0958', 'US', '+442079460958', null],
    ['020 7946 0018', 'GB', '+442079460018', null],
    ['0044 20 7946 0958', 'FR', '+442079460958', null],
    ['001-415-555-0123', 'US', '+14155550123', null],
    ['011 44 20 7946 0958', 'US', '+442079460958', null],
    ['1-800-555-0199', 'US', '+18005550199', null],
    ['1-800-FLOWERS', 'US', '+18003569377', null],
    ['="4155550123"', 'US', '+14155550123', null],
    ["'+14155550123", 'US', '+14155550123', null],
    ['06 12 34 56 78', 'FR', '+33612345678', null],
  ] as const)('%s (default %s) → %s', (raw, country, e164, extension) => {
    expect(normalizePhone(raw, country)).toMatchObject({ status: 'ok', e164, extension });
  });

  it('rejects numbers in ranges no carrier has been given, saying why', () => {
    // Faker-style numbers: 496 and 596 are not assigned area codes.
    expect(normalizePhone('(496)978-3969x58947', 'US')).toEqual({
      status: 'invalid',
      reason: '+14969783969 is not an assigned number in US',
    });
    expect(normalizePhone('001-596-853-8475', 'US')).toEqual({
      status: 'invalid',
      reason: '+15968538475 is not an assigned number',
    });
    // Ofcom's drama mobile range is reserved, so never a real number.
    expect(normalizePhone('07700 900123', 'GB')).toEqual({
      status: 'invalid',
      reason: '+447700900123 is not an assigned number in GB',
    });
  });

  it('accepts possible-but-unassigned numbers when asked to (training files)', () => {
    expect(normalizePhone('(496)978-3969x58947', 'US', 'possible')).toMatchObject({
      status: 'ok',
      e164: '+14969783969',
      extension: '58947',
    });
    expect(normalizePhone('001-596-853-8475', 'US', 'possible')).toMatchObject({
      e164: '+15968538475',
    });
    expect(normalizePhone('07700 900123', 'GB', 'possible')).toMatchObject({
      e164: '+447700900123',
    });
  });

  it.each([
    ['', { status: 'blank' }],
    ['  - ', { status: 'blank' }],
    ['555-0123', { status: 'invalid', reason: 'too few digits' }],
    ['4155550123456789', { status: 'invalid', reason: 'too many digits' }],
    ['call me', { status: 'invalid', reason: 'not a phone number' }],
    [
      '4.15555E+09',
      {
        status: 'invalid',
        reason: 'a spreadsheet turned it into 4.15555E+09 and its digits are lost',
      },
    ],
  ])('%j → %o', (raw, expected) => {
    expect(normalizePhone(raw, 'US')).toEqual(expected);
  });

  it('needs a country code when there is no default country', () => {
    expect(normalizePhone('020 7946 0018', null)).toEqual({
      status: 'invalid',
      reason: 'no country code, and no default country set',
    });
    expect(normalizePhone('+44 20 7946 0018', null)).toMatchObject({ e164: '+442079460018' });
  });

  it('reads a text the same way however often it comes, with each default country and acceptance', () => {
    // The slow readings are remembered per text, default country and acceptance.
    for (let pass = 0; pass < 2; pass++) {
      expect(normalizePhone('020 7946 0018', 'GB')).toMatchObject({ e164: '+442079460018' });
      expect(normalizePhone('020 7946 0018', 'US')).toMatchObject({ status: 'invalid' });
      expect(normalizePhone('020 7946 0018', null)).toMatchObject({ status: 'invalid' });
      expect(normalizePhone('n/a', 'US')).toEqual({
        status: 'invalid',
        reason: 'not a phone number',
      });
      expect(normalizePhone('(496)978-3969', 'US', 'valid')).toMatchObject({ status: 'invalid' });
      expect(normalizePhone('(496)978-3969', 'US', 'possible')).toMatchObject({ status: 'ok' });
    }
  });

  it('never throws, whatever is in the cell', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.stringMatching(/^[0-9+()\-. xXext#]{0,30}$/),
          fc.string({ unit: 'grapheme' }),
        ),
        fc.constantFrom('US', 'GB', 'FR', 'DE', null),
        fc.constantFrom('valid', 'possible'),
        (raw, country, acceptance) => {
          const result = normalizePhone(raw, country, acceptance);
          expect(['ok', 'blank', 'invalid']).toContain(result.status);
          if (result.status === 'ok') expect(result.e164).toMatch(/^\+[1-9]\d{4,14}$/);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('North American shortcut', () => {
  it('is on for the installed metadata', () => {
    expect(nanpFastPathEnabled()).toBe(true);
  });

  it('agrees with libphonenumber on every North American number, whatever its format', () => {
    const formats = [
      (a: string, b: string, c: string) => `(${a}) ${b}-${c}`,
      (a: string, b: string, c: string) => `${a}.${b}.${c}`,
      (a: string, b: string, c: string) => `+1 ${a} ${b} ${c}`,
      (a: string, b: string, c: string) => `1-${a}-${b}-${c}`,
      (a: string, b: string, c: string) => `${a}${b}${c}`,
    ];
    fc.assert(
      fc.property(
        fc.stringMatching(/^[2-9]\d{2}$/),
        fc.stringMatching(/^\d{3}$/),
        fc.stringMatching(/^\d{4}$/),
        fc.nat({ max: formats.length - 1 }),
        fc.option(fc.stringMatching(/^\d{1,5}$/)),
        fc.constantFrom('US', 'CA', 'JM'),
        fc.constantFrom('valid', 'possible'),
        (area, exchange, line, format, extension, country, acceptance) => {
          const text = formats[format]!(area, exchange, line) + (extension ? ` x${extension}` : '');
          const reference = parsePhoneNumberFromString(text, { defaultCountry: country });
          const accepted = acceptance === 'valid' ? reference?.isValid() : reference?.isPossible();
          const result = normalizePhone(text, country, acceptance);
          if (accepted) {
            expect(result).toEqual({
              status: 'ok',
              e164: reference!.number,
              extension: reference!.ext ?? null,
              country: reference!.country ?? null,
            });
          } else {
            expect(result.status).toBe('invalid');
          }
        },
      ),
      { numRuns: 3000 },
    );
  });
});
