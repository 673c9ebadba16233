import { isSupportedCountry } from 'libphonenumber-js/max';
import { DomainError } from '../../../shared/result';
import { normalizePhone } from '../leads/import';

/**
 * A number as people type it, to E.164 with the rep's country as the default. Any number of a
 * possible length is taken: a request not to be called is never refused for an unassigned range.
 */
export function dncNumber(raw: string, repCountry: string): string {
  const country = isSupportedCountry(repCountry) ? repCountry : null;
  const parsed = normalizePhone(raw, country, 'possible');
  if (parsed.status === 'ok') return parsed.e164;
  const why = parsed.status === 'blank' ? 'it has no digits' : parsed.reason;
  throw new DomainError('invalid-argument', `"${raw}" is not a phone number: ${why}.`);
}

/** The same, or null with the reason, for lists where one bad line must not stop the rest. */
export function tryDncNumber(
  raw: string,
  repCountry: string,
): { e164: string } | { problem: string } {
  try {
    return { e164: dncNumber(raw, repCountry) };
  } catch (error) {
    return { problem: (error as Error).message };
  }
}
