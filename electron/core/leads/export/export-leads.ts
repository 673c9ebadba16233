import type { Store } from '../../platform/store/store';
import { LeadRepository } from '../lead-repository';
import { isoOrEmpty, toCsv } from './csv-cells';

export const LEAD_EXPORT_HEADER = [
  'lead_id',
  'campaign_id',
  'first_name',
  'last_name',
  'company',
  'phone_e164',
  'phone_extension',
  'email',
  'time_zone',
  'region',
  'postal_code',
  'country',
  'created_at',
  'owner',
  'status',
  'attempt_count',
  'first_attempt_at',
  'last_attempt_at',
  'last_outcome',
  'last_note',
  'callback_at',
  'notes',
] as const;

/** Every lead with its E.164 number, IANA zone and dialing history; custom fields as extra columns. */
export async function exportLeadsCsv(store: Store): Promise<{ csv: string; rows: number }> {
  const leads = await new LeadRepository(store).all();
  const customKeys = [...new Set(leads.flatMap((lead) => Object.keys(lead.custom)))].sort();
  const cells = leads.map((lead) => [
    String(lead.id),
    lead.campaignId,
    lead.firstName,
    lead.lastName,
    lead.company,
    lead.phoneE164,
    lead.phoneExtension ?? '',
    lead.email ?? '',
    lead.timeZone ?? '',
    lead.region ?? '',
    lead.postalCode ?? '',
    lead.country ?? '',
    isoOrEmpty(lead.createdAt),
    lead.owner ?? '',
    lead.status,
    String(lead.attemptCount),
    isoOrEmpty(lead.firstAttemptAt),
    isoOrEmpty(lead.lastAttemptAt),
    lead.lastOutcome ?? '',
    lead.lastNote ?? '',
    isoOrEmpty(lead.callbackAt),
    lead.notes ?? '',
    ...customKeys.map((key) => lead.custom[key] ?? ''),
  ]);
  return { csv: toCsv([...LEAD_EXPORT_HEADER, ...customKeys], cells), rows: cells.length };
}
