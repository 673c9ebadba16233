import { z } from 'zod';

/** IANA names run to about 30 characters; the cap bounds what a peer can hand Intl to parse. */
export const IANA_ZONE_MAX_LENGTH = 64;

/** An IANA time zone this runtime knows, e.g. America/Chicago. */
export const ianaZoneSchema = z
  .string()
  .min(1)
  .max(IANA_ZONE_MAX_LENGTH)
  .refine(isKnownZone, 'must be an IANA time zone such as America/Chicago');

function isKnownZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
