/** Every IANA zone this runtime knows, UTC included. */
export function allTimeZones(): string[] {
  const zones = Intl.supportedValuesOf('timeZone');
  return zones.includes('UTC') ? zones : [...zones, 'UTC'];
}

/** "America/Argentina/Buenos_Aires" → "america argentina buenos aires": what a search matches. */
function searchText(zone: string): string {
  return zone.toLowerCase().replace(/[/_-]+/g, ' ');
}

/**
 * Zones matching every word typed ("new york", "chic", "europe lon"), the ones whose city starts
 * with the query first, then in list order; at most `limit`.
 */
export function searchTimeZones(query: string, zones: readonly string[], limit = 50): string[] {
  const words = query
    .toLowerCase()
    .replace(/[/_-]+/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  if (words.length === 0) return zones.slice(0, limit);
  const joined = words.join(' ');
  const matches = zones.filter((zone) => {
    const text = searchText(zone);
    return words.every((word) => text.includes(word));
  });
  const cityStarts = (zone: string) => searchText(zone.split('/').pop() ?? zone).startsWith(joined);
  return [...matches.filter(cityStarts), ...matches.filter((zone) => !cityStarts(zone))].slice(
    0,
    limit,
  );
}

/** "UTC−6" or "UTC+5:30": the zone's offset at `at`. */
export function utcOffsetText(zone: string, at: number): string {
  const part = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'shortOffset' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName');
  const text = (part?.value ?? 'GMT').replace(/^GMT(?:[+-]0)?$/, 'GMT');
  return text === 'GMT' ? 'UTC' : text.replace('GMT', 'UTC').replace('-', '−');
}
