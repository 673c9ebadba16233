import type { Lead } from '../../../shared/domain/lead';
import { countryOfNumber } from '../../../shared/domain/local-presence-problems';
import {
  nanpAreaCodeOf,
  usStateOfAddress,
  usStateOfAreaCode,
} from '../../../shared/compliance/us-state-of';
import type { PresencePlan } from './presence-plan';

export type PresenceLead = Pick<Lead, 'id' | 'phoneE164' | 'country' | 'region' | 'postalCode'>;

/** Why the number was chosen: how close it is to the lead. */
export type PresenceMatch = 'area-code' | 'state' | 'country' | 'default';

/** null: present nothing, and the line uses its own caller ID. */
export type CallerIdChoice = { number: string; match: PresenceMatch } | null;

/**
 * The caller ID a dial to this lead presents: the pool's number with the lead's area code, else
 * one in its state, else one in its country, else the default; nothing when the lead is in a
 * country the settings do not allow.
 *
 * Among several matches, the lead's id picks: a lead sees the same number on every attempt (a
 * prospect who calls back or recognises it reaches the team), and the leads of one area spread
 * over its numbers, so no number carries all the dials (carriers label busy numbers as spam).
 */
export function chooseCallerId(plan: PresencePlan, lead: PresenceLead): CallerIdChoice {
  const countries = countriesOf(lead);
  if (countries.length === 0 || !countries.every((code) => plan.allowedCountries.has(code))) {
    return null;
  }
  const pick = (numbers: readonly string[] | undefined, match: PresenceMatch): CallerIdChoice =>
    numbers && numbers.length > 0
      ? { number: numbers[Math.abs(lead.id) % numbers.length] as string, match }
      : null;
  const areaCode = nanpAreaCodeOf(lead.phoneE164);
  const byAreaCode = areaCode === null ? null : pick(plan.byAreaCode.get(areaCode), 'area-code');
  if (byAreaCode) return byAreaCode;
  for (const state of statesOf(lead)) {
    const byState = pick(plan.byState.get(state), 'state');
    if (byState) return byState;
  }
  const byCountry = pick(plan.byCountry.get(countries[0] as string), 'country');
  if (byCountry) return byCountry;
  return plan.defaultNumber === null ? null : { number: plan.defaultNumber, match: 'default' };
}

/**
 * The countries the call concerns: where its number rings first (that is where it lands), then
 * the address's when it names another. All of them must be allowed.
 */
function countriesOf(lead: PresenceLead): string[] {
  const byNumber = countryOfNumber(lead.phoneE164);
  const byAddress = addressCountry(lead);
  const countries = byNumber === null ? [] : [byNumber];
  if (byAddress !== null && byAddress !== byNumber) countries.push(byAddress);
  return countries;
}

/** The state of the number's area code first (the prospect sees the two side by side), then the address's. */
function statesOf(lead: PresenceLead): string[] {
  const states: string[] = [];
  const byNumber = usStateOfAreaCode(lead.phoneE164);
  if (byNumber !== null) states.push(byNumber);
  const country = addressCountry(lead);
  if (country === null || country === 'US') {
    const byAddress = usStateOfAddress(lead.region, lead.postalCode);
    if (byAddress !== null && byAddress !== byNumber) states.push(byAddress);
  }
  return states;
}

function addressCountry(lead: PresenceLead): string | null {
  const code = (lead.country ?? '').trim().toUpperCase();
  return code === '' ? null : code;
}
