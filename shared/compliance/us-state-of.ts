/**
 * Which US state a phone number or an address is in, from the data the calling rules ship:
 * area code → state (NANPA) and ZIP3 → state (USPS Pub 65). Used by the calling rules and by
 * local presence.
 */
import areaCodeStates from './nanp-area-code-states.json';
import usStates from './us-states.json';
import zip3States from './us-zip3-states.json';

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

const NANP_GEOGRAPHIC = /^\+1[2-9]\d{9}$/;

/** "303" for +13035550100; null for a number outside the North American plan. */
export function nanpAreaCodeOf(phoneE164: string): string | null {
  return NANP_GEOGRAPHIC.test(phoneE164) ? phoneE164.slice(2, 5) : null;
}

/** The state of a US number's area code ("CO" for 303); null for other numbers and codes. */
export function usStateOfAreaCode(phoneE164: string): string | null {
  const areaCode = nanpAreaCodeOf(phoneE164);
  return areaCode === null ? null : (byAreaCode.get(areaCode) ?? null);
}

/** The state a US address names (its code or name), else its ZIP code's; null when neither does. */
export function usStateOfAddress(region: string | null, postalCode: string | null): string | null {
  const named = byName.get((region ?? '').trim().toUpperCase());
  return named ?? zipState((postalCode ?? '').trim());
}

function zipState(zip: string): string | null {
  if (/^\d{5}/.test(zip)) return byZip3[Number(zip.slice(0, 3))] ?? null;
  if (/^\d{4}(?:-\d{4})?$/.test(zip)) return byZip3[Number(zip.slice(0, 2))] ?? null;
  return null;
}
