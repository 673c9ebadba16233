import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

export type PhoneEntry =
  | { status: 'empty' }
  | { status: 'invalid'; message: string }
  | { status: 'ok'; e164: string; international: string };

/**
 * A number typed by hand, read as the core will read it: with a country code, or in the rep's
 * country. Only a hint while typing; the core's answer is the one that counts.
 */
export function readPhoneEntry(text: string, defaultCountry: string | null): PhoneEntry {
  const trimmed = text.trim();
  if (trimmed === '') return { status: 'empty' };
  const parsed = parsePhoneNumberFromString(
    trimmed,
    defaultCountry ? { defaultCountry: defaultCountry as CountryCode } : undefined,
  );
  if (!parsed) {
    return {
      status: 'invalid',
      message: defaultCountry
        ? 'Not a phone number.'
        : 'Not a phone number. Without a country set, start with + and the country code.',
    };
  }
  if (!parsed.isPossible()) return { status: 'invalid', message: 'Too few or too many digits.' };
  return { status: 'ok', e164: parsed.number, international: parsed.formatInternational() };
}
