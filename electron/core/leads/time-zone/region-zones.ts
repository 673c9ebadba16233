import { headerMatchKey } from '../import/mapping/header-keys';
import { ambiguous, majorityZone, zone, type ZoneLookup } from './zone-lookup';

/**
 * US states, Canadian provinces and Australian states → zone. A region split between zones gets its
 * majority zone only where that holds about 90 % or more of the people (Florida's Central-time
 * panhandle is ~6 %), marked as a majority so a ZIP or postal code can correct it; the closer
 * splits (Tennessee, Kentucky, Indiana, Idaho, South Dakota, Nunavut) are ambiguous, so a later
 * clue (ZIP, area code) or a person decides.
 */
interface Region {
  country: 'US' | 'CA' | 'AU';
  code: string;
  names: string[];
  lookup: ZoneLookup;
}

const split = (name: string, zones: string) => ambiguous(`${name} is split between ${zones}`);

const REGIONS: Region[] = [
  us('AL', ['Alabama'], 'America/Chicago'),
  usMostly('AK', ['Alaska'], 'America/Anchorage'),
  usMostly('AZ', ['Arizona'], 'America/Phoenix'),
  us('AR', ['Arkansas'], 'America/Chicago'),
  us('CA', ['California'], 'America/Los_Angeles'),
  us('CO', ['Colorado'], 'America/Denver'),
  us('CT', ['Connecticut'], 'America/New_York'),
  us('DE', ['Delaware'], 'America/New_York'),
  us('DC', ['District of Columbia', 'Washington DC', 'Washington D.C.'], 'America/New_York'),
  usMostly('FL', ['Florida'], 'America/New_York'),
  us('GA', ['Georgia'], 'America/New_York'),
  us('HI', ['Hawaii'], 'Pacific/Honolulu'),
  {
    country: 'US',
    code: 'ID',
    names: ['Idaho'],
    lookup: split('Idaho', 'Mountain and Pacific time'),
  },
  us('IL', ['Illinois'], 'America/Chicago'),
  {
    country: 'US',
    code: 'IN',
    names: ['Indiana'],
    lookup: split('Indiana', 'Eastern and Central time'),
  },
  us('IA', ['Iowa'], 'America/Chicago'),
  usMostly('KS', ['Kansas'], 'America/Chicago'),
  {
    country: 'US',
    code: 'KY',
    names: ['Kentucky'],
    lookup: split('Kentucky', 'Eastern and Central time'),
  },
  us('LA', ['Louisiana'], 'America/Chicago'),
  us('ME', ['Maine'], 'America/New_York'),
  us('MD', ['Maryland'], 'America/New_York'),
  us('MA', ['Massachusetts'], 'America/New_York'),
  usMostly('MI', ['Michigan'], 'America/Detroit'),
  us('MN', ['Minnesota'], 'America/Chicago'),
  us('MS', ['Mississippi'], 'America/Chicago'),
  us('MO', ['Missouri'], 'America/Chicago'),
  us('MT', ['Montana'], 'America/Denver'),
  usMostly('NE', ['Nebraska'], 'America/Chicago'),
  usMostly('NV', ['Nevada'], 'America/Los_Angeles'),
  us('NH', ['New Hampshire'], 'America/New_York'),
  us('NJ', ['New Jersey'], 'America/New_York'),
  us('NM', ['New Mexico'], 'America/Denver'),
  us('NY', ['New York'], 'America/New_York'),
  us('NC', ['North Carolina'], 'America/New_York'),
  usMostly('ND', ['North Dakota'], 'America/Chicago'),
  us('OH', ['Ohio'], 'America/New_York'),
  us('OK', ['Oklahoma'], 'America/Chicago'),
  usMostly('OR', ['Oregon'], 'America/Los_Angeles'),
  us('PA', ['Pennsylvania'], 'America/New_York'),
  us('RI', ['Rhode Island'], 'America/New_York'),
  us('SC', ['South Carolina'], 'America/New_York'),
  {
    country: 'US',
    code: 'SD',
    names: ['South Dakota'],
    lookup: split('South Dakota', 'Central and Mountain time'),
  },
  {
    country: 'US',
    code: 'TN',
    names: ['Tennessee'],
    lookup: split('Tennessee', 'Eastern and Central time'),
  },
  usMostly('TX', ['Texas'], 'America/Chicago'),
  us('UT', ['Utah'], 'America/Denver'),
  us('VT', ['Vermont'], 'America/New_York'),
  us('VA', ['Virginia'], 'America/New_York'),
  us('WA', ['Washington'], 'America/Los_Angeles'),
  us('WV', ['West Virginia'], 'America/New_York'),
  us('WI', ['Wisconsin'], 'America/Chicago'),
  us('WY', ['Wyoming'], 'America/Denver'),
  us('PR', ['Puerto Rico'], 'America/Puerto_Rico'),
  us('VI', ['US Virgin Islands', 'U.S. Virgin Islands', 'Virgin Islands'], 'America/St_Thomas'),
  us('GU', ['Guam'], 'Pacific/Guam'),
  us('AS', ['American Samoa'], 'Pacific/Pago_Pago'),
  us('MP', ['Northern Mariana Islands'], 'Pacific/Saipan'),
  ca('AB', ['Alberta'], 'America/Edmonton'),
  caMostly('BC', ['British Columbia', 'Colombie-Britannique'], 'America/Vancouver'),
  ca('MB', ['Manitoba'], 'America/Winnipeg'),
  ca('NB', ['New Brunswick', 'Nouveau-Brunswick'], 'America/Moncton'),
  caMostly(
    'NL',
    ['Newfoundland and Labrador', 'Newfoundland', 'Terre-Neuve-et-Labrador'],
    'America/St_Johns',
  ),
  ca('NS', ['Nova Scotia', 'Nouvelle-Écosse'], 'America/Halifax'),
  ca('NT', ['Northwest Territories', 'Territoires du Nord-Ouest'], 'America/Edmonton'),
  {
    country: 'CA',
    code: 'NU',
    names: ['Nunavut'],
    lookup: split('Nunavut', 'Eastern, Central and Mountain time'),
  },
  caMostly('ON', ['Ontario'], 'America/Toronto'),
  ca('PE', ['Prince Edward Island', 'PEI', 'Île-du-Prince-Édouard'], 'America/Halifax'),
  caMostly('QC', ['Quebec', 'Québec', 'PQ'], 'America/Toronto'),
  caMostly('SK', ['Saskatchewan'], 'America/Regina'),
  ca('YT', ['Yukon', 'Yukon Territory'], 'America/Whitehorse'),
  au('NSW', ['New South Wales'], 'Australia/Sydney'),
  au('ACT', ['Australian Capital Territory'], 'Australia/Sydney'),
  au('VIC', ['Victoria'], 'Australia/Melbourne'),
  au('QLD', ['Queensland'], 'Australia/Brisbane'),
  au('SA', ['South Australia'], 'Australia/Adelaide'),
  au('WA', ['Western Australia'], 'Australia/Perth'),
  au('TAS', ['Tasmania'], 'Australia/Hobart'),
  au('NT', ['Northern Territory'], 'Australia/Darwin'),
];

const index = new Map<string, Region[]>();
for (const region of REGIONS) {
  for (const key of [region.code, ...region.names].map(headerMatchKey)) {
    index.set(key, [...(index.get(key) ?? []), region]);
  }
}

/**
 * The zone of a state or province, read for the lead's country (US and Canada when it is unknown:
 * their codes do not collide). Australian codes are read only for Australian leads, since "WA" and
 * "NT" mean something else in North America.
 */
export function zoneFromRegion(region: string, country: string | null): ZoneLookup {
  const matches = regionsNamed(region);
  const fits = matches.filter((candidate) =>
    country ? candidate.country === country : candidate.country !== 'AU',
  );
  return fits[0]?.lookup ?? null;
}

export function regionCountry(region: string): 'US' | 'CA' | null {
  const match = regionsNamed(region).find((r) => r.country !== 'AU');
  return match ? (match.country as 'US' | 'CA') : null;
}

// Files repeat the same few spellings ("NY", "New York"), so each is normalized once.
const byRawName = new Map<string, Region[]>();
function regionsNamed(raw: string): Region[] {
  let regions = byRawName.get(raw);
  if (!regions) {
    regions = index.get(headerMatchKey(raw)) ?? [];
    if (byRawName.size < 10_000) byRawName.set(raw, regions);
  }
  return regions;
}

function usMostly(code: string, names: string[], name: string): Region {
  return { country: 'US', code, names, lookup: majorityZone(name) };
}
function caMostly(code: string, names: string[], name: string): Region {
  return { country: 'CA', code, names, lookup: majorityZone(name) };
}
function us(code: string, names: string[], name: string): Region {
  return { country: 'US', code, names, lookup: zone(name) };
}
function ca(code: string, names: string[], name: string): Region {
  return { country: 'CA', code, names, lookup: zone(name) };
}
function au(code: string, names: string[], name: string): Region {
  return { country: 'AU', code, names, lookup: zone(name) };
}
