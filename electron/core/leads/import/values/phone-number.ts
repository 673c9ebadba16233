import {
  parsePhoneNumberFromString,
  validatePhoneNumberLength,
  type CountryCode,
  type PhoneNumber,
} from 'libphonenumber-js/max';
import { nanpFastPath } from './nanp-fast-path';
import type { NormalizedPhone } from './normalized-phone';
import type { PhoneAcceptance } from '../../../../../shared/domain/import';

export type { PhoneAcceptance } from '../../../../../shared/domain/import';

export type { NormalizedPhone } from './normalized-phone';

const KEYPAD: Record<string, string> = Object.fromEntries(
  ['ABC', 'DEF', 'GHI', 'JKL', 'MNO', 'PQRS', 'TUV', 'WXYZ'].flatMap((letters, i) =>
    [...letters].map((letter) => [letter, String(i + 2)]),
  ),
);

/** Parses what people type into a CRM phone cell. Never throws. */
export function normalizePhone(
  raw: string,
  defaultCountry: CountryCode | null,
  acceptance: PhoneAcceptance = 'valid',
): NormalizedPhone {
  const text = unwrapSpreadsheetText(raw);
  if (!/[0-9A-Za-z]/.test(text)) return { status: 'blank' };
  if (/^\d(\.\d+)?E\+\d+$/i.test(text)) {
    return {
      status: 'invalid',
      reason: `a spreadsheet turned it into ${text} and its digits are lost`,
    };
  }
  const fast = nanpFastPath(text, defaultCountry, acceptance);
  if (fast) return fast;
  const key = `${acceptance} ${defaultCountry ?? ''} ${text}`;
  let known = slowReadings.get(key);
  if (!known) {
    known = readWithLibphonenumber(text, defaultCountry, acceptance);
    if (slowReadings.size >= SLOW_READINGS_LIMIT) slowReadings.clear();
    slowReadings.set(key, known);
  }
  return known;
}

/**
 * libphonenumber takes about 0.1 ms per reading, and files repeat the same unusable entries ("n/a",
 * "555-01") and their other numbers per country; each such text is read once per run.
 */
const slowReadings = new Map<string, NormalizedPhone>();
const SLOW_READINGS_LIMIT = 20_000;

function readWithLibphonenumber(
  text: string,
  defaultCountry: CountryCode | null,
  acceptance: PhoneAcceptance,
): NormalizedPhone {
  const options = defaultCountry ? { defaultCountry } : undefined;
  let closest: PhoneNumber | undefined;
  for (const candidate of readings(text)) {
    const parsed = safeParse(candidate, options);
    if (!closest?.isPossible()) closest = parsed ?? closest;
    if (parsed && (acceptance === 'valid' ? parsed.isValid() : parsed.isPossible())) {
      return {
        status: 'ok',
        e164: parsed.number,
        extension: parsed.ext ?? null,
        country: parsed.country ?? null,
      };
    }
  }
  return { status: 'invalid', reason: whyInvalid(text, closest, defaultCountry) };
}

// The text as typed, then the rewrites people's habits call for, tried only when it fails.
function* readings(text: string): Generator<string> {
  yield text;
  // "00" is the international prefix almost everywhere; from a US default it is not understood.
  if (/^\s*00[1-9]/.test(text)) yield text.replace(/^\s*00/, '+');
  // Vanity numbers: 1-800-FLOWERS. An extension marker ("x", "ext") is kept as it is.
  const [main = '', extension = ''] = text.split(/(?=\s*(?:ext\.?|extension|x|#)\s*\d+\s*$)/i);
  const isVanity =
    /[A-Za-z]{3,}/.test(main) && /(\d\D*){3}/.test(main) && /^[\d\sA-Za-z().+\-/]+$/.test(main);
  if (isVanity) {
    yield main.toUpperCase().replace(/[A-Z]/g, (letter) => KEYPAD[letter] ?? letter) + extension;
  }
}

function safeParse(text: string, options: { defaultCountry: CountryCode } | undefined) {
  try {
    return parsePhoneNumberFromString(text, options);
  } catch {
    return undefined;
  }
}

function whyInvalid(
  text: string,
  parsed: PhoneNumber | undefined,
  defaultCountry: CountryCode | null,
): string {
  if (parsed?.isPossible()) {
    const where = parsed.country ? ` in ${parsed.country}` : '';
    return `${parsed.number} is not an assigned number${where}`;
  }
  let length: ReturnType<typeof validatePhoneNumberLength>;
  try {
    length = validatePhoneNumberLength(text, defaultCountry ?? undefined);
  } catch {
    length = 'NOT_A_NUMBER';
  }
  switch (length) {
    case 'TOO_SHORT':
      return 'too few digits';
    case 'TOO_LONG':
      return 'too many digits';
    case 'INVALID_COUNTRY':
      return text.trim().startsWith('+')
        ? 'unknown country calling code'
        : 'no country code, and no default country set';
    case 'NOT_A_NUMBER':
      return 'not a phone number';
    case 'INVALID_LENGTH':
    case undefined:
      return 'wrong number of digits';
  }
}

// Excel's ways of keeping a number as text: ="0123…" and a leading apostrophe.
function unwrapSpreadsheetText(raw: string): string {
  const trimmed = raw.trim();
  if (!trimmed.startsWith('=') && !trimmed.startsWith("'")) return trimmed;
  const formula = /^="(.*)"$/.exec(trimmed);
  if (formula) return formula[1]!.trim();
  return trimmed.replace(/^'/, '');
}
