import { getCountries, type CountryCode } from 'libphonenumber-js/max';
import { headerMatchKey } from '../mapping/header-keys';

const NAME_LANGUAGES = ['en', 'fr', 'de', 'es', 'it', 'nl', 'pt'];

const EXTRA_NAMES: Record<string, CountryCode> = {
  usa: 'US',
  unitedstatesofamerica: 'US',
  america: 'US',
  us: 'US',
  uk: 'GB',
  greatbritain: 'GB',
  britain: 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  northernireland: 'GB',
  uae: 'AE',
  holland: 'NL',
  czechia: 'CZ',
  korea: 'KR',
  southkorea: 'KR',
  russia: 'RU',
  vietnam: 'VN',
  gbr: 'GB',
  can: 'CA',
  deu: 'DE',
  fra: 'FR',
  esp: 'ES',
  ita: 'IT',
  nld: 'NL',
  bel: 'BE',
  che: 'CH',
  aut: 'AT',
  irl: 'IE',
  prt: 'PT',
  swe: 'SE',
  nor: 'NO',
  dnk: 'DK',
  fin: 'FI',
  pol: 'PL',
  aus: 'AU',
  nzl: 'NZ',
  mex: 'MX',
  bra: 'BR',
  ind: 'IN',
  jpn: 'JP',
  zaf: 'ZA',
};

let byName: Map<string, CountryCode> | null = null;

/** ISO 3166-1 alpha-2 from a code or a country name in a common language; null if unrecognised. */
export function normalizeCountry(raw: string): CountryCode | null {
  const text = raw.trim();
  if (text === '') return null;
  let code = seen.get(text);
  if (code === undefined) {
    code = countryNames().get(headerMatchKey(text)) ?? null;
    if (seen.size < 10_000) seen.set(text, code);
  }
  return code;
}

// Files repeat the same few spellings, so each is looked up once.
const seen = new Map<string, CountryCode | null>();

function countryNames(): Map<string, CountryCode> {
  if (byName) return byName;
  byName = new Map();
  const namers = NAME_LANGUAGES.map(
    (language) => new Intl.DisplayNames([language], { type: 'region' }),
  );
  for (const code of getCountries()) {
    for (const namer of namers) {
      const name = namer.of(code);
      if (name && name !== code) byName.set(headerMatchKey(name), code);
    }
  }
  for (const code of getCountries()) byName.set(code.toLowerCase(), code);
  for (const [name, code] of Object.entries(EXTRA_NAMES)) byName.set(name, code);
  return byName;
}
