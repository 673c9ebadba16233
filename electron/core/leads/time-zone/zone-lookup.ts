/** What one source of evidence says about a lead's zone. */
export type ZoneLookup = { zone: string } | { ambiguous: string } | null;

export const zone = (name: string): ZoneLookup => ({ zone: name });
export const ambiguous = (reason: string): ZoneLookup => ({ ambiguous: reason });
