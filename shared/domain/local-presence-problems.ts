// The default (min) metadata: it tells a valid number and its country as the full one does, and
// keeps 150 KB of metadata out of the window, which checks the pool as it is typed.
import { isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js';
import type { LocalPresenceSettings } from './local-presence';

export const MAX_POOL_NUMBERS = 500;
export const MAX_POOL_LABEL_LENGTH = 60;

/** Where a problem is: a number of the pool (by its index), the countries, or the default. */
export type PoolProblemPlace =
  { field: 'number'; index: number } | { field: 'countries' } | { field: 'defaultNumber' };

export interface PoolProblem {
  place: PoolProblemPlace;
  message: string;
}

const E164_FORM = /^\+[1-9]\d{1,14}$/;

/** The country a number belongs to (ISO alpha-2), null when it is not a valid number anywhere. */
export function countryOfNumber(e164: string): string | null {
  const parsed = parsePhoneNumberFromString(e164);
  return parsed?.isValid() ? (parsed.country ?? null) : null;
}

/** Every reason the pool cannot be used as it is, each in words a person can act on. */
export function localPresenceProblems(settings: LocalPresenceSettings): PoolProblem[] {
  const problems: PoolProblem[] = [];
  const countries = new Set<string>();
  for (const code of settings.countries) {
    const message = countryProblem(code, countries);
    if (message) problems.push({ place: { field: 'countries' }, message });
    countries.add(code);
  }
  if (settings.numbers.length > MAX_POOL_NUMBERS) {
    problems.push({
      place: { field: 'number', index: MAX_POOL_NUMBERS },
      message: `The pool holds at most ${MAX_POOL_NUMBERS} numbers.`,
    });
  }
  const seen = new Set<string>();
  settings.numbers.forEach(({ number, label }, index) => {
    const message = numberProblem(number, seen, countries) ?? labelProblem(number, label);
    if (message) problems.push({ place: { field: 'number', index }, message });
    seen.add(number);
  });
  const chosen = settings.defaultNumber;
  if (chosen !== null && !seen.has(chosen)) {
    problems.push({
      place: { field: 'defaultNumber' },
      message: `The default caller ID ${chosen} is not one of the pool's numbers: add it to the pool first.`,
    });
  }
  return problems;
}

function countryProblem(code: string, earlier: ReadonlySet<string>): string | null {
  if (!/^[A-Z]{2}$/.test(code) || !isSupportedCountry(code)) {
    return `“${code}” is not a country: use its two-letter code, like US or GB.`;
  }
  return earlier.has(code) ? `${code} is among the countries twice.` : null;
}

function numberProblem(
  number: string,
  earlier: ReadonlySet<string>,
  countries: ReadonlySet<string>,
): string | null {
  if (!E164_FORM.test(number)) {
    return `“${number}” is not in international form: a + and the country code, like +13035550100.`;
  }
  const country = countryOfNumber(number);
  if (country === null) return `${number} is not a valid phone number: check its digits.`;
  if (earlier.has(number)) return `${number} is in the pool twice.`;
  if (!countries.has(country)) {
    return `${number} is a number in ${country}, which is not among the countries allowed: allow ${country} or remove the number.`;
  }
  return null;
}

function labelProblem(number: string, label: string | null): string | null {
  if (label === null) return null;
  if (label.trim() === '') return `The label of ${number} is blank: write one or leave it out.`;
  return label.length > MAX_POOL_LABEL_LENGTH
    ? `The label of ${number} is longer than ${MAX_POOL_LABEL_LENGTH} characters.`
    : null;
}
