import type { Lead } from '../../shared/domain/lead';

/** A lead as an import leaves it: nothing about it known beyond its name and number, never dialed. */
export const UNTOUCHED_LEAD = {
  phoneExtension: null,
  email: null,
  postalCode: null,
  owner: null,
  notes: null,
  source: null,
  custom: {},
  status: 'new',
  attemptCount: 0,
  firstAttemptAt: null,
  lastAttemptAt: null,
  nextEligibleAt: null,
  callbackAt: null,
  lastOutcome: null,
  lastNote: null,
  holdReason: null,
} as const satisfies Partial<Lead>;
