import type { Lead, LeadId } from '../../../../shared/domain/lead';
import { UNTOUCHED_LEAD } from '../../../support/lead-factory';

export function makeLead(id: LeadId, overrides: Partial<Lead> = {}): Lead {
  return {
    ...UNTOUCHED_LEAD,
    id,
    campaignId: 'campaign-1',
    firstName: `First${id}`,
    lastName: `Last${id}`,
    company: `Company ${id}`,
    phoneE164: `+1415555${String(id).padStart(4, '0')}`,
    timeZone: 'America/Los_Angeles',
    region: null,
    country: 'US',
    createdAt: Date.UTC(2026, 10, 27, 13, 0, 0),
    importedAt: Date.UTC(2026, 10, 27, 13, 0, 0),
    ...overrides,
  };
}

export function makeLeads(count: number): Lead[] {
  return Array.from({ length: count }, (_, index) => makeLead(index + 1));
}
