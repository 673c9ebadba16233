import { IANAZone } from 'luxon';

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;
// Offsets change only at transitions, which fall on quarter hours; one lookup serves a whole quarter.
const BUCKET_MS = 15 * MINUTE_MS;
const zones = new Map<string, { zone: IANAZone; byBucket: Map<number, number> }>();

/** The zone's UTC offset in minutes at an instant (cached: Intl lookups are slow per row). */
export function zoneOffsetMinutes(zone: string, epochMs: number): number {
  let cached = zones.get(zone);
  if (!cached) {
    cached = { zone: IANAZone.create(zone), byBucket: new Map() };
    zones.set(zone, cached);
  }
  const bucket = Math.floor(epochMs / BUCKET_MS);
  let offset = cached.byBucket.get(bucket);
  if (offset === undefined) {
    offset = cached.zone.offset(bucket * BUCKET_MS);
    if (cached.byBucket.size >= 200_000) cached.byBucket.clear();
    cached.byBucket.set(bucket, offset);
  }
  return offset;
}

/**
 * The instant a wall-clock time names in a zone (the wall clock given as if it were UTC). In the
 * hour a spring-forward skips, the time is read with the offset before the change (02:30 becomes
 * 03:30); in the hour a fall-back repeats, the earlier of the two instants.
 */
export function wallClockToEpoch(wallClockAsUtcMs: number, zone: string): number {
  // Real zones change offset at most once in two days, so the offsets a day either side are the
  // only two that can apply.
  const before = zoneOffsetMinutes(zone, wallClockAsUtcMs - DAY_MS);
  const after = zoneOffsetMinutes(zone, wallClockAsUtcMs + DAY_MS);
  const withBefore = wallClockAsUtcMs - before * MINUTE_MS;
  if (before === after) return withBefore;
  const withAfter = wallClockAsUtcMs - after * MINUTE_MS;
  const beforeFits = zoneOffsetMinutes(zone, withBefore) === before;
  const afterFits = zoneOffsetMinutes(zone, withAfter) === after;
  if (beforeFits && afterFits) return Math.min(withBefore, withAfter);
  if (afterFits) return withAfter;
  return withBefore;
}

export function isKnownZone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}
