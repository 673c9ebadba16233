import { IANAZone } from 'luxon';

const validity = new Map<string, boolean>();

/** True for a zone the runtime's time-zone database knows; null, '' and typos are unknown. */
export function isKnownTimeZone(timeZone: string | null): timeZone is string {
  if (!timeZone) return false;
  let known = validity.get(timeZone);
  if (known === undefined) {
    known = IANAZone.isValidZone(timeZone);
    validity.set(timeZone, known);
  }
  return known;
}
