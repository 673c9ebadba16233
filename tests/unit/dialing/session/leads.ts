import type { Lead, LeadId } from '../../../../shared/domain/lead';

export function makeLead(id: LeadId, overrides: Partial<Lead> = {}): Lead {
  return {
    id,
    campaignId: 'campaign-1',
    firstName: `First${id}`,
    lastName: `Last${id}`,
    company: `Company ${id}`,
    phoneE164: `+1415555${String(id).padStart(4, '0')}`,
    phoneExtension: null,
    email: null,
    timeZone: 'America/Los_Angeles',
    region: null,
    postalCode: null,
    country: 'US',
    createdAt: Date.UTC(2026, 10, 27, 13, 0, 0),
    importedAt: Date.UTC(2026, 10, 27, 13, 0, 0),
    owner: null,
    notes: null,
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
    ...overrides,
  };
}

export function makeLeads(count: number): Lead[] {
  return Array.from({ length: count }, (_, index) => makeLead(index + 1));
}
