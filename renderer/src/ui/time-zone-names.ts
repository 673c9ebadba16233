import { countryOptions } from './countries';

/**
 * What people call a zone that its IANA name does not say: the abbreviations and the common
 * names of the zones reps work in, each with the zones it most often means, the usual one first
 * (with the older spelling some engines still list: Asia/Calcutta, Europe/Kiev).
 */
const COMMON_NAMES: Record<string, readonly string[]> = {
  eastern: ['America/New_York', 'America/Toronto', 'America/Detroit'],
  central: ['America/Chicago', 'America/Winnipeg', 'America/Mexico_City'],
  mountain: ['America/Denver', 'America/Phoenix', 'America/Edmonton'],
  pacific: ['America/Los_Angeles', 'America/Vancouver', 'America/Tijuana'],
  alaska: ['America/Anchorage'],
  hawaii: ['Pacific/Honolulu'],
  atlantic: ['America/Halifax'],
  newfoundland: ['America/St_Johns'],
  gmt: ['Europe/London', 'UTC'],
  bst: ['Europe/London'],
  wet: ['Europe/Lisbon'],
  cet: ['Europe/Paris', 'Europe/Berlin', 'Europe/Madrid', 'Europe/Rome', 'Europe/Amsterdam'],
  eet: ['Europe/Athens', 'Europe/Helsinki', 'Europe/Bucharest', 'Europe/Kyiv', 'Europe/Kiev'],
  ist: ['Asia/Kolkata', 'Asia/Calcutta', 'Europe/Dublin'],
  sgt: ['Asia/Singapore'],
  hkt: ['Asia/Hong_Kong'],
  jst: ['Asia/Tokyo'],
  kst: ['Asia/Seoul'],
  awst: ['Australia/Perth'],
  acst: ['Australia/Adelaide', 'Australia/Darwin'],
  aest: ['Australia/Sydney', 'Australia/Melbourne', 'Australia/Brisbane'],
  nzst: ['Pacific/Auckland'],
  utc: ['UTC'],
};

const SAME_AS: Record<string, string> = {
  est: 'eastern',
  edt: 'eastern',
  et: 'eastern',
  cst: 'central',
  cdt: 'central',
  ct: 'central',
  mst: 'mountain',
  mdt: 'mountain',
  mt: 'mountain',
  pst: 'pacific',
  pdt: 'pacific',
  pt: 'pacific',
  akst: 'alaska',
  akdt: 'alaska',
  hst: 'hawaii',
  ast: 'atlantic',
  adt: 'atlantic',
  nst: 'newfoundland',
  ndt: 'newfoundland',
  cest: 'cet',
  eest: 'eet',
  west: 'wet',
  aedt: 'aest',
  acdt: 'acst',
  nzdt: 'nzst',
};

/** The zones a common name or abbreviation ("Eastern", "EST", "cet") means, usual one first. */
export function zonesCommonlyCalled(query: string): readonly string[] {
  const name = query
    .trim()
    .toLowerCase()
    .replace(/\s+time$/, '');
  return COMMON_NAMES[SAME_AS[name] ?? name] ?? [];
}

const JANUARY = Date.UTC(2026, 0, 15);
const JULY = Date.UTC(2026, 6, 15);

/**
 * Everything a zone is searched by beyond its IANA name: its names in English, winter and summer
 * ("Eastern Standard Time", "EST", "Central European Time") and its countries' names.
 */
export function zoneNameIndex(zones: readonly string[]): ReadonlyMap<string, string> {
  const countries = countriesByZone();
  return new Map(
    zones.map((zone) => {
      const names = [JANUARY, JULY].flatMap((at) =>
        (['long', 'longGeneric', 'short'] as const).map((style) => zoneName(zone, style, at)),
      );
      return [zone, [...new Set([...names, ...(countries.get(zone) ?? [])])].join(' ')];
    }),
  );
}

function zoneName(zone: string, style: 'long' | 'longGeneric' | 'short', at: number): string {
  try {
    const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: style });
    return parts.formatToParts(at).find((part) => part.type === 'timeZoneName')?.value ?? '';
  } catch {
    return '';
  }
}

/** ICU's zones of each country (`Intl.Locale#getTimeZones`, `timeZones` in older engines). */
function countriesByZone(): Map<string, string[]> {
  const byZone = new Map<string, string[]>();
  for (const { code, name } of countryOptions()) {
    for (const zone of zonesOfCountry(code)) byZone.set(zone, [...(byZone.get(zone) ?? []), name]);
  }
  return byZone;
}

interface LocaleWithZones {
  getTimeZones?: () => string[];
  timeZones?: string[];
}

function zonesOfCountry(code: string): readonly string[] {
  try {
    const locale = new Intl.Locale(`und-${code}`) as Intl.Locale & LocaleWithZones;
    return locale.getTimeZones?.() ?? locale.timeZones ?? [];
  } catch {
    return [];
  }
}
