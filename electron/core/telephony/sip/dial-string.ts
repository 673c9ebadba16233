import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { SipNumberFormat } from '../../../../shared/domain/sip';
import { E164_NUMBER } from '../../../../shared/domain/twilio';
import { DomainError } from '../../../../shared/result';

export interface NumberFormatSettings {
  format: SipNumberFormat;
  /** Only for 'prefix'. */
  prefix: string | null;
  /** ISO 3166-1 alpha-2: 'national' writes numbers of this country without their country code. */
  homeCountry: string;
}

/**
 * The user part of the Request-URI for an E.164 number: as it is (+14155550123), in national
 * form for numbers at home (04155550123 → digits only, trunk prefix kept), or the prefix before
 * the international digits (9 + 14155550123). A number abroad stays E.164 in national mode:
 * its national form would reach someone else at home.
 */
export function dialStringFor(e164: string, settings: NumberFormatSettings): string {
  assertDialableNumber(e164);
  switch (settings.format) {
    case 'e164':
      return e164;
    case 'prefix':
      return `${settings.prefix ?? ''}${e164.slice(1)}`;
    case 'national': {
      const parsed = parsePhoneNumberFromString(e164);
      if (!parsed || parsed.country !== settings.homeCountry.toUpperCase()) return e164;
      return parsed.formatNational().replace(/[^0-9]/g, '');
    }
  }
}

/** Refuses, as a caller's mistake, a number the line could never dial, saying what is wrong. */
export function assertDialableNumber(number: string): void {
  if (/[A-Za-z]/.test(number)) {
    throw new DomainError(
      'invalid-argument',
      `Cannot dial "${number}": a phone number holds only digits, and letters are not dialed. ` +
        "Fix the lead's number (like +14155550123).",
    );
  }
  if (!E164_NUMBER.test(number)) {
    throw new DomainError(
      'invalid-argument',
      `Cannot dial "${number}": the number must be in E.164 form, like +14155550123.`,
    );
  }
}
