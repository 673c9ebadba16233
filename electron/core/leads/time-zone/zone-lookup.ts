/**
 * What one source of evidence says about a lead's zone. `majority` marks the zone of most, not all,
 * of a region (Florida, Texas…), which a more precise clue such as a ZIP code may overrule.
 */
export type ZoneLookup = { zone: string; majority?: true } | { ambiguous: string } | null;

export const zone = (name: string): ZoneLookup => ({ zone: name });
export const majorityZone = (name: string): ZoneLookup => ({ zone: name, majority: true });
export const ambiguous = (reason: string): ZoneLookup => ({ ambiguous: reason });
