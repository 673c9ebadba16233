import { zoneNameIndex, zonesCommonlyCalled } from './time-zone-names';

/** Every IANA zone this runtime knows, UTC included. */
export function allTimeZones(): string[] {
  const zones = Intl.supportedValuesOf('timeZone');
  return zones.includes('UTC') ? zones : [...zones, 'UTC'];
}

/** "America/Argentina/Buenos_Aires" → "america argentina buenos aires": what a search matches. */
function searchText(zone: string): string {
  return zone.toLowerCase().replace(/[/_-]+/g, ' ');
}

const nameIndexes = new WeakMap<readonly string[], ReadonlyMap<string, string>>();

/** The zones' names and countries, worked out once per list. */
function namesOf(zones: readonly string[]): ReadonlyMap<string, string> {
  let index = nameIndexes.get(zones);
  if (!index) {
    index = new Map([...zoneNameIndex(zones)].map(([zone, names]) => [zone, searchText(names)]));
    nameIndexes.set(zones, index);
  }
  return index;
}

/**
 * Zones matching every word typed, by city, region, country, English name or abbreviation
 * ("new york", "europe lon", "france", "eastern", "EST"): the zones a common name means first,
 * then the ones whose city starts with the query, then in list order; at most `limit`.
 */
export function searchTimeZones(query: string, zones: readonly string[], limit = 50): string[] {
  const words = searchText(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return zones.slice(0, limit);
  const joined = words.join(' ');
  const names = namesOf(zones);
  const matches = zones.filter((zone) => {
    const text = `${searchText(zone)} ${names.get(zone) ?? ''}`;
    return words.every((word) => text.includes(word));
  });
  const called = zonesCommonlyCalled(query).filter((zone) => zones.includes(zone));
  const cityStarts = (zone: string) => searchText(zone.split('/').pop() ?? zone).startsWith(joined);
  return [
    ...new Set([
      ...called,
      ...matches.filter(cityStarts),
      ...matches.filter((z) => !cityStarts(z)),
    ]),
  ].slice(0, limit);
}

/** "UTC−6" or "UTC+5:30": the zone's offset at `at`. */
export function utcOffsetText(zone: string, at: number): string {
  const part = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'shortOffset' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName');
  const text = (part?.value ?? 'GMT').replace(/^GMT(?:[+-]0)?$/, 'GMT');
  return text === 'GMT' ? 'UTC' : text.replace('GMT', 'UTC').replace('-', '−');
}
