import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { zoneFromCountry } from './country-zones';
import { parseExplicitZone } from './explicit-zone';
import { isNonGeographicNanp, zoneFromNanpNumber } from './nanp-area-code-zones';
import {
  looksLikeCanadianPostalCode,
  zoneFromCanadianPostalCode,
  zoneFromUsZip,
} from './postal-code-zones';
import { regionCountry, zoneFromRegion } from './region-zones';
import type { ZoneLookup } from './zone-lookup';

export type TimeZoneSource = 'explicit' | 'region' | 'postal' | 'area-code' | 'country';

export type TimeZoneResolution =
  | { status: 'resolved'; zone: string; source: TimeZoneSource }
  /** The clues point at more than one zone: hold the lead for review rather than risk the hour. */
  | { status: 'ambiguous'; reason: string }
  /** No clue at all, or none this resolver understands. */
  | { status: 'unknown'; reason: string };

export interface ZoneClues {
  timeZone?: string | null;
  region?: string | null;
  postalCode?: string | null;
  /** ISO 3166-1 alpha-2. */
  country?: string | null;
  phoneE164?: string | null;
}

const NANP_COUNTRIES = new Set([
  'US',
  'CA',
  'PR',
  'VI',
  'GU',
  'AS',
  'MP',
  'BS',
  'BB',
  'AI',
  'AG',
  'VG',
  'KY',
  'BM',
  'GD',
  'TC',
  'JM',
  'MS',
  'SX',
  'LC',
  'DM',
  'VC',
  'DO',
  'TT',
  'KN',
]);

/**
 * A lead's IANA zone from the most specific clue that settles it, in this order: the zone the file
 * gives, the state or province, the US ZIP or Canadian postal code, the NANP area code of the phone
 * number, the country (only if it keeps one zone). A state whose zone is only its majority's
 * (Florida, Texas…) lets its postal code speak first. A clue that points at several zones does not
 * stop the search; if nothing later settles it, the lead is ambiguous with that clue's reason.
 */
export function resolveLeadTimeZone(clues: ZoneClues): TimeZoneResolution {
  const notes: string[] = [];
  const explicitText = clues.timeZone?.trim() ?? '';
  if (explicitText !== '') {
    const explicit = parseExplicitZone(explicitText);
    if (explicit) return { status: 'resolved', zone: explicit, source: 'explicit' };
    notes.push(`time zone "${explicitText}" is not one this importer knows`);
  }

  const phone = clues.phoneE164?.trim() || null;
  const region = clues.region?.trim() || null;
  const postal = clues.postalCode?.trim() || null;
  const country = countryOf(clues.country, phone, region, postal);
  const steps: [TimeZoneSource, () => ZoneLookup][] = [
    ['region', () => (region ? zoneFromRegion(region, country) : null)],
    ['postal', () => (postal ? postalLookup(postal, country) : null)],
    [
      'area-code',
      () => (phone && (!country || NANP_COUNTRIES.has(country)) ? zoneFromNanpNumber(phone) : null),
    ],
    ['country', () => (country ? zoneFromCountry(country) : null)],
  ];

  let firstAmbiguity: string | null = null;
  let regionMajority: string | null = null;
  for (const [source, lookup] of steps) {
    // A state's majority zone stands unless its postal code says otherwise.
    if (regionMajority && source !== 'postal') {
      return { status: 'resolved', zone: regionMajority, source: 'region' };
    }
    const found = lookup();
    if (!found) continue;
    if ('ambiguous' in found) firstAmbiguity ??= found.ambiguous;
    else if (found.majority && source === 'region') regionMajority = found.zone;
    else return { status: 'resolved', zone: found.zone, source };
  }
  if (phone && isNonGeographicNanp(phone)) notes.push('a toll-free number has no location');
  if (firstAmbiguity) {
    return { status: 'ambiguous', reason: [firstAmbiguity, ...notes].join('; ') };
  }
  if (!country && !region && !postal && !phone)
    notes.push('no zone, state, postal code, phone or country');
  else
    notes.push(
      country
        ? `no zone known for ${country} with this state, postal code and number`
        : 'no country, and no state, postal code or area code that names a zone',
    );
  return { status: 'unknown', reason: notes.join('; ') };
}

function countryOf(
  given: string | null | undefined,
  phone: string | null,
  region: string | null,
  postal: string | null,
): string | null {
  const code = given?.trim().toUpperCase();
  if (code) return code;
  if (phone) {
    const fromPhone = parsePhoneNumberFromString(phone)?.country;
    if (fromPhone) return fromPhone;
  }
  if (region) {
    const fromRegion = regionCountry(region);
    if (fromRegion) return fromRegion;
  }
  if (postal && looksLikeCanadianPostalCode(postal)) return 'CA';
  return null;
}

function postalLookup(postal: string, country: string | null): ZoneLookup {
  if (country === 'US' || country === 'PR' || country === 'VI' || country === 'GU') {
    return zoneFromUsZip(postal);
  }
  if (country === 'CA') return zoneFromCanadianPostalCode(postal);
  return null;
}
