/**
 * A lead's calling regions in TypeScript, exactly as the store's SQL computes them
 * (electron/core/platform/store/migrations/calling-regions-sql.ts, docs/CALLING_RULES.md): the
 * import computes them here for its rows (a few map look-ups each, where the SQL costs 20 µs a
 * row), and a test holds the two to the same answers.
 */
import { usStateOfAddress, usStateOfAreaCode } from './us-state-of';

export interface CallingRegionClues {
  phoneE164: string;
  country: string | null;
  region: string | null;
  postalCode: string | null;
}

/**
 * "US FL", "US FL MD", "US", "US ?", "GB ?": the country, then the states that have rules
 * (`ruled`, as "US FL") among the address's and the area code's, sorted; "?" when neither names
 * a state.
 */
export function callingRegionsOf(lead: CallingRegionClues, ruled: ReadonlySet<string>): string {
  const area = usStateOfAreaCode(lead.phoneE164);
  const country = (lead.country ?? '').trim().toUpperCase() || (area ? 'US' : '');
  const region = (lead.region ?? '').trim().toUpperCase();
  const address =
    country === 'US'
      ? usStateOfAddress(region, lead.postalCode)
      : /^[A-Z]{2,3}$/.test(region)
        ? region
        : null;
  const phone = country === 'US' ? area : null;
  if (address === null && phone === null) return `${country} ?`;
  const a = address !== null && ruled.has(`${country} ${address}`) ? address : null;
  const p = phone !== null && ruled.has(`${country} ${phone}`) ? phone : null;
  if (a === null && p === null) return country;
  if (a === null) return `${country} ${p}`;
  if (p === null || p === a) return `${country} ${a}`;
  return a < p ? `${country} ${a} ${p}` : `${country} ${p} ${a}`;
}
