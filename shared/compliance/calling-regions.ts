/**
 * A lead's calling regions in TypeScript, exactly as the store's SQL computes them
 * (electron/core/platform/store/migrations/calling-regions-sql.ts, docs/CALLING_RULES.md): the
 * import computes them here for its rows (a few map look-ups each, where the SQL costs 20 µs a
 * row), and a test holds the two to the same answers.
 */
import areaCodeStates from './nanp-area-code-states.json';
import usStates from './us-states.json';
import zip3States from './us-zip3-states.json';

export interface CallingRegionClues {
  phoneE164: string;
  country: string | null;
  region: string | null;
  postalCode: string | null;
}

const byAreaCode = new Map<string, string>();
for (const [state, codes] of Object.entries(areaCodeStates.states)) {
  for (const code of codes.split(/\s+/)) byAreaCode.set(code, state);
}
const byZip3: (string | undefined)[] = [];
for (const [state, from, to] of zip3States.ranges) {
  for (let prefix = Number(from); prefix <= Number(to); prefix += 1) byZip3[prefix] = state;
}
const byName = new Map<string, string>();
for (const [code, name] of Object.entries(usStates.states)) {
  byName.set(code, code);
  byName.set(name.toUpperCase(), code);
}

/**
 * "US FL", "US FL MD", "US", "US ?", "GB ?": the country, then the states that have rules
 * (`ruled`, as "US FL") among the address's and the area code's, sorted; "?" when neither names
 * a state.
 */
export function callingRegionsOf(lead: CallingRegionClues, ruled: ReadonlySet<string>): string {
  const area = /^\+1[2-9]\d{9}$/.test(lead.phoneE164)
    ? (byAreaCode.get(lead.phoneE164.slice(2, 5)) ?? null)
    : null;
  const country = (lead.country ?? '').trim().toUpperCase() || (area ? 'US' : '');
  const region = (lead.region ?? '').trim().toUpperCase();
  const zip = (lead.postalCode ?? '').trim();
  const address =
    country === 'US'
      ? (byName.get(region) ?? zipState(zip))
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

function zipState(zip: string): string | null {
  if (/^\d{5}/.test(zip)) return byZip3[Number(zip.slice(0, 3))] ?? null;
  if (/^\d{4}(?:-\d{4})?$/.test(zip)) return byZip3[Number(zip.slice(0, 2))] ?? null;
  return null;
}
