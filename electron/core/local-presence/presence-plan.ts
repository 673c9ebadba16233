import type { LocalPresenceSettings } from '../../../shared/domain/local-presence';
import { countryOfNumber } from '../../../shared/domain/local-presence-problems';
import { nanpAreaCodeOf, usStateOfAreaCode } from '../../../shared/compliance/us-state-of';

/** The pool read once, indexed the ways a dial looks for a number: each list in pool order. */
export interface PresencePlan {
  allowedCountries: ReadonlySet<string>;
  byAreaCode: ReadonlyMap<string, readonly string[]>;
  byState: ReadonlyMap<string, readonly string[]>;
  byCountry: ReadonlyMap<string, readonly string[]>;
  /** The default caller ID, when its country is allowed. */
  defaultNumber: string | null;
}

/**
 * Only numbers of allowed countries enter the plan, so no later step can present another: the
 * settings check refuses such numbers, and this holds even for settings that skipped it.
 */
export function planLocalPresence(settings: LocalPresenceSettings): PresencePlan {
  const allowedCountries = new Set(settings.countries);
  const byAreaCode = new Map<string, string[]>();
  const byState = new Map<string, string[]>();
  const byCountry = new Map<string, string[]>();
  const presentable = new Set<string>();
  for (const { number } of settings.numbers) {
    const country = countryOfNumber(number);
    if (country === null || !allowedCountries.has(country) || presentable.has(number)) continue;
    presentable.add(number);
    append(byCountry, country, number);
    const areaCode = nanpAreaCodeOf(number);
    if (areaCode !== null) append(byAreaCode, areaCode, number);
    const state = usStateOfAreaCode(number);
    if (state !== null) append(byState, state, number);
  }
  const chosen = settings.defaultNumber;
  return {
    allowedCountries,
    byAreaCode,
    byState,
    byCountry,
    defaultNumber: chosen !== null && presentable.has(chosen) ? chosen : null,
  };
}

function append(index: Map<string, string[]>, key: string, number: string): void {
  const list = index.get(key);
  if (list) list.push(number);
  else index.set(key, [number]);
}
