import { pickWeighted, type Random } from './random';

interface Place {
  country: string;
  region: string | null;
  /** The number's prefix: country code and a real area code of the place. */
  dialPrefix: string;
}

const us = (region: string, areaCode: string): Place => ({
  country: 'US',
  region,
  dialPrefix: `+1${areaCode}`,
});

/**
 * Where the day's leads live, by zone: real area codes, so the states' calling rules bite (FL,
 * MD: 08:00–20:00 and 3 dials a day; OK the same; AL, LA no Sundays) beside states with none.
 */
const PLACES_BY_ZONE: Readonly<Record<string, readonly (readonly [Place, number])[]>> = {
  'America/New_York': [
    [us('NY', '212'), 30],
    [us('FL', '305'), 25],
    [us('MD', '410'), 20],
    [us('GA', '404'), 15],
    [us('PA', '215'), 10],
  ],
  'America/Chicago': [
    [us('IL', '312'), 30],
    [us('TX', '214'), 25],
    [us('OK', '405'), 25],
    [us('AL', '205'), 10],
    [us('LA', '504'), 10],
  ],
  'America/Denver': [[us('CO', '303'), 1]],
  'America/Phoenix': [[us('AZ', '602'), 1]],
  'America/Los_Angeles': [[us('CA', '213'), 1]],
  'Europe/London': [[{ country: 'GB', region: null, dialPrefix: '+44207' }, 1]],
  'Europe/Berlin': [[{ country: 'DE', region: null, dialPrefix: '+4930' }, 1]],
};

/** A lead whose zone could not be resolved still has a US number (it is never dialed). */
const NO_ZONE_PLACES: readonly (readonly [Place, number])[] = [[us('NY', '917'), 1]];

/** Share of US leads whose address is in another state than their number (they moved). */
const MOVED_SHARE = 0.1;

/**
 * A lead's country, state and number from its zone: a state of that zone, a real area code of
 * it, and one lead in ten living in another state of the zone than its number says (both
 * states' rules apply). The number's line part is the lead's id, so numbers are unique.
 */
export function addressOf(
  random: Random,
  timeZone: string | null,
  id: number,
): { country: string; region: string | null; phoneE164: string } {
  const places = (timeZone !== null ? PLACES_BY_ZONE[timeZone] : undefined) ?? NO_ZONE_PLACES;
  const number = pickWeighted(random, places);
  const moved = random() < MOVED_SHARE ? pickWeighted(random, places) : number;
  return {
    country: number.country,
    region: moved.region,
    phoneE164: `${number.dialPrefix}${String(2_000_000 + id)}`,
  };
}
