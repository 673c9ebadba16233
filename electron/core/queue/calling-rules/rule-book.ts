import type { CallingRule } from '../../../../shared/domain/calling-rules';

/** The rules that apply to one lead, from its `calling_regions` ("US FL NY"). */
export interface LeadCallingRules {
  rules: readonly CallingRule[];
  /**
   * Set when the lead's country has rules by state and neither its address nor its area code
   * names one: it is held like a lead with an ambiguous zone. Says what is missing.
   */
  missingRegion: string | null;
}

export const NO_CALLING_RULES: LeadCallingRules = { rules: [], missingRegion: null };

/**
 * The calling rules in force (shipped, with admins' edits laid over them), looked up by a lead's
 * regions. A lead has a handful of possible region sets, so each is worked out once.
 */
export class RuleBook {
  private readonly byId = new Map<string, CallingRule>();
  private readonly countriesWithRegions = new Set<string>();
  private readonly byRegions = new Map<string, LeadCallingRules>();

  constructor(rules: readonly CallingRule[]) {
    for (const rule of rules) {
      this.byId.set(rule.id, rule);
      if (rule.region !== null) this.countriesWithRegions.add(rule.country);
    }
  }

  all(): CallingRule[] {
    return [...this.byId.values()];
  }

  /**
   * `regions` as the store keeps it: the country, then its states that have rules, or `?` when
   * neither the address nor the number names a state.
   */
  forRegions(regions: string | null): LeadCallingRules {
    const key = regions ?? '';
    let found = this.byRegions.get(key);
    if (!found) {
      found = this.resolve(key);
      this.byRegions.set(key, found);
    }
    return found;
  }

  private resolve(key: string): LeadCallingRules {
    const [country = '', ...rest] = key.split(' ').filter(Boolean);
    if (country === '') return NO_CALLING_RULES;
    const noState = rest.includes('?');
    const states = rest.filter((state) => state !== '?');
    const rules: CallingRule[] = [];
    const national = this.byId.get(country);
    if (national) rules.push(national);
    for (const state of states) {
      const rule = this.byId.get(`${country}-${state}`);
      if (rule) rules.push(rule);
    }
    const missingRegion =
      noState && this.countriesWithRegions.has(country)
        ? `neither the address nor the area code names a state, and ${country} has calling rules by state`
        : null;
    return { rules, missingRegion };
  }
}
