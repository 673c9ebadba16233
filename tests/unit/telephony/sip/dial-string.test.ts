import { describe, expect, it } from 'vitest';
import {
  assertDialableNumber,
  dialStringFor,
} from '../../../../electron/core/telephony/sip/dial-string';

const US = { prefix: null, homeCountry: 'US' } as const;

describe('how a number is dialed over SIP', () => {
  it('E.164 is sent as it is', () => {
    expect(dialStringFor('+14155550123', { ...US, format: 'e164' })).toBe('+14155550123');
  });

  it('national form writes a number at home as it is dialed there, trunk prefix kept', () => {
    expect(dialStringFor('+14155550123', { ...US, format: 'national' })).toBe('4155550123');
    expect(
      dialStringFor('+442079460958', { format: 'national', prefix: null, homeCountry: 'GB' }),
    ).toBe('02079460958');
    expect(
      dialStringFor('+4915112345678', { format: 'national', prefix: null, homeCountry: 'de' }),
    ).toBe('015112345678');
  });

  it('a number abroad stays E.164 in national mode, so it never reaches someone at home', () => {
    expect(dialStringFor('+442079460958', { ...US, format: 'national' })).toBe('+442079460958');
  });

  it('a prefix goes before the international digits', () => {
    expect(
      dialStringFor('+14155550123', { format: 'prefix', prefix: '9', homeCountry: 'US' }),
    ).toBe('914155550123');
    expect(
      dialStringFor('+442079460958', { format: 'prefix', prefix: '00', homeCountry: 'US' }),
    ).toBe('00442079460958');
  });

  it('a number with letters is refused, saying letters are not dialed', () => {
    expect(() => assertDialableNumber('+1800FLOWERS')).toThrow(
      'Cannot dial "+1800FLOWERS": a phone number holds only digits, and letters are not dialed.',
    );
    expect(() => dialStringFor('+1415555CALL', { ...US, format: 'e164' })).toThrow(/letters/);
  });

  it('a number not in E.164 is refused with an example', () => {
    expect(() => assertDialableNumber('4155550123')).toThrow(/E\.164 form, like \+14155550123/);
  });
});
