import type { Lead, LeadStatus } from '../../../shared/domain/lead';

export interface LeadRow {
  id: number;
  campaign_id: string;
  first_name: string;
  last_name: string;
  company: string;
  phone_e164: string;
  phone_extension: string | null;
  email: string | null;
  time_zone: string | null;
  region: string | null;
  postal_code: string | null;
  country: string | null;
  created_at: number;
  imported_at: number;
  owner: string | null;
  notes: string | null;
  custom_json: string;
  status: string;
  attempt_count: number;
  first_attempt_at: number | null;
  last_attempt_at: number | null;
  next_eligible_at: number | null;
  callback_at: number | null;
  last_outcome: string | null;
  last_note: string | null;
  hold_reason: string | null;
}

export const LEAD_COLUMNS =
  'id, campaign_id, first_name, last_name, company, phone_e164, phone_extension, email, time_zone, ' +
  'region, postal_code, country, created_at, imported_at, owner, notes, custom_json, status, ' +
  'attempt_count, first_attempt_at, last_attempt_at, next_eligible_at, callback_at, last_outcome, ' +
  'last_note, hold_reason';

export function rowToLead(row: LeadRow): Lead {
  return {
    id: row.id,
    campaignId: row.campaign_id,
    firstName: row.first_name,
    lastName: row.last_name,
    company: row.company,
    phoneE164: row.phone_e164,
    phoneExtension: row.phone_extension,
    email: row.email,
    timeZone: row.time_zone,
    region: row.region,
    postalCode: row.postal_code,
    country: row.country,
    createdAt: row.created_at,
    importedAt: row.imported_at,
    owner: row.owner,
    notes: row.notes,
    custom: parseCustom(row.custom_json),
    status: row.status as LeadStatus,
    attemptCount: row.attempt_count,
    firstAttemptAt: row.first_attempt_at,
    lastAttemptAt: row.last_attempt_at,
    nextEligibleAt: row.next_eligible_at,
    callbackAt: row.callback_at,
    lastOutcome: row.last_outcome,
    lastNote: row.last_note,
    holdReason: row.hold_reason,
  };
}

function parseCustom(json: string): Record<string, string> {
  try {
    const value = JSON.parse(json) as unknown;
    return typeof value === 'object' && value !== null ? (value as Record<string, string>) : {};
  } catch {
    return {};
  }
}

export type NewLead = Pick<
  Lead,
  | 'campaignId'
  | 'firstName'
  | 'lastName'
  | 'company'
  | 'phoneE164'
  | 'phoneExtension'
  | 'email'
  | 'timeZone'
  | 'region'
  | 'postalCode'
  | 'country'
  | 'createdAt'
  | 'owner'
  | 'notes'
  | 'custom'
> &
  Partial<Pick<Lead, 'status' | 'holdReason'>>;
