import { parsePhoneNumberFromString } from 'libphonenumber-js';

/** E.164 for people: national format at home, international format abroad. */
export function formatPhoneForHumans(e164: string, homeCountry: string | null = null): string {
  const parsed = parsePhoneNumberFromString(e164);
  if (!parsed) return e164;
  return homeCountry && parsed.country === homeCountry
    ? parsed.formatNational()
    : parsed.formatInternational();
}
