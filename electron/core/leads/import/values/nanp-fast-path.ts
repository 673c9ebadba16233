import type { CountryCode } from 'libphonenumber-js/max';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import metadataJson from 'libphonenumber-js/metadata.max.json';
import type { PhoneAcceptance } from '../../../../../shared/domain/import';
import type { NormalizedPhone } from './normalized-phone';

/**
 * libphonenumber spends most of an import parsing North American numbers, and its answer (valid,
 * possible, which NANP country) for a 10-digit number depends only on its first few digits:
 * every NANP pattern is a fixed-length prefix followed by \d{k}. So the answer is computed once
 * per 7-digit prefix (area code, exchange, first line digit) and reused. At load the metadata is
 * checked to still have that shape; if a future version does not, the shortcut stays off.
 */
const PREFIX_DIGITS = 7;
const MEMO_LIMIT = 500_000;

const NANP_TEXT =
  /^\s*(\+\s*1|1)?[\s.-]*\(?\s*([2-9]\d{2})\s*\)?[\s.-]*(\d{3})[\s.-]*(\d{4})\s*(?:(?:x|ext\.?|extension|#)\s*(\d{1,9}))?\s*$/i;

interface PrefixVerdict {
  valid: boolean;
  possible: boolean;
  country: CountryCode | null;
}

const memo = new Map<string, PrefixVerdict>();
let nanpCountries: Set<string> | null = null;
let enabled: boolean | null = null;

export function nanpFastPath(
  text: string,
  defaultCountry: CountryCode | null,
  acceptance: PhoneAcceptance,
): Extract<NormalizedPhone, { status: 'ok' }> | null {
  enabled ??= metadataHasFixedPrefixes();
  if (!enabled) return null;
  const match = NANP_TEXT.exec(text);
  if (!match) return null;
  const [, countryCode, areaCode, exchange, line, extension] = match;
  if (!countryCode?.startsWith('+') && !(defaultCountry && nanpCountries!.has(defaultCountry))) {
    return null;
  }
  const national = `${areaCode}${exchange}${line}`;
  const verdict = verdictFor(national);
  if (!(acceptance === 'valid' ? verdict.valid : verdict.possible)) return null;
  // Like libphonenumber, a national-format number it cannot place is taken to be the default country's.
  const country = verdict.country ?? (countryCode?.startsWith('+') ? null : defaultCountry);
  return { status: 'ok', e164: `+1${national}`, extension: extension ?? null, country };
}

function verdictFor(national: string): PrefixVerdict {
  const prefix = national.slice(0, PREFIX_DIGITS);
  let verdict = memo.get(prefix);
  if (!verdict) {
    const parsed = parsePhoneNumberFromString(`+1${national}`);
    verdict = {
      valid: parsed?.isValid() ?? false,
      possible: parsed?.isPossible() ?? false,
      country: parsed?.country ?? null,
    };
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(prefix, verdict);
  }
  return verdict;
}

type CountryMetadata = unknown[];

// Positions in libphonenumber-js's metadata (v3+): 2 national number pattern, 10 leading digits,
// 11 number types, each [pattern, ...].
function metadataHasFixedPrefixes(): boolean {
  const metadata = metadataJson as unknown as {
    countries?: Record<string, CountryMetadata>;
    country_calling_codes?: Record<string, string[]>;
  };
  const codes = metadata.country_calling_codes?.['1'];
  if (!codes || !metadata.countries) return false;
  nanpCountries = new Set(codes);
  for (const code of codes) {
    const country = metadata.countries[code];
    if (!Array.isArray(country) || typeof country[2] !== 'string') return false;
    const patterns = [country[2]];
    const types = country[11];
    if (Array.isArray(types)) {
      for (const type of types) {
        if (Array.isArray(type) && typeof type[0] === 'string' && type[0] !== '')
          patterns.push(type[0]);
      }
    }
    if (!patterns.every((pattern) => dependsOnAtMost(pattern, PREFIX_DIGITS))) return false;
    const leading = country[10];
    if (typeof leading === 'string' && longestMatch(leading) > PREFIX_DIGITS) return false;
  }
  return true;
}

/** Every alternative is a prefix of at most `digits` digits followed by \d{k} (or fully fixed and short). */
function dependsOnAtMost(pattern: string, digits: number): boolean {
  return topLevelAlternatives(pattern).every((alternative) => {
    const tail = /\\d\{(\d+)\}$/.exec(alternative);
    const prefix = tail ? alternative.slice(0, tail.index) : alternative;
    return longestMatch(prefix) <= digits;
  });
}

/** The most characters a quantifier-free regex can match; Infinity if it has open quantifiers. */
function longestMatch(source: string): number {
  let i = 0;
  const group = (): number => {
    let best = 0;
    let current = 0;
    while (i < source.length) {
      const char = source[i]!;
      let width: number;
      if (char === '|') {
        best = Math.max(best, current);
        current = 0;
        i++;
        continue;
      }
      if (char === ')') break;
      if (char === '(') {
        i += source.startsWith('(?:', i) ? 3 : 1;
        width = group();
        i++; // ')'
      } else if (char === '[') {
        i = source.indexOf(']', i) + 1;
        width = 1;
      } else if (char === '\\') {
        i += 2;
        width = 1;
      } else {
        i++;
        width = 1;
      }
      const quantifier = /^\{(\d+)\}/.exec(source.slice(i));
      if (quantifier) {
        width *= Number(quantifier[1]);
        i += quantifier[0].length;
      } else if (/^[{*+?]/.test(source.slice(i))) {
        return Infinity;
      }
      current += width;
    }
    return Math.max(best, current);
  };
  return group();
}

function topLevelAlternatives(pattern: string): string[] {
  const alternatives: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === '\\') i++;
    else if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === '|' && depth === 0) {
      alternatives.push(pattern.slice(start, i));
      start = i + 1;
    }
  }
  alternatives.push(pattern.slice(start));
  return alternatives;
}

/** For tests: whether the shortcut is on for the installed metadata. */
export function nanpFastPathEnabled(): boolean {
  enabled ??= metadataHasFixedPrefixes();
  return enabled;
}
