import { isSupportedCountry } from 'libphonenumber-js';
import type { Lead } from '../../../../shared/domain/lead';
import type { LeadEdit } from '../../../../shared/domain/lead-story';
import { DomainError } from '../../../../shared/result';
import { normalizePhone } from '../import';
import { normalizeEmail } from '../import/values/email-address';
import { resolveLeadTimeZone } from '../time-zone/resolve-lead-time-zone';

/** The lead's editable fields after an edit, and each change as [before, after]. */
export interface EditPlan {
  next: Lead;
  fields: Record<string, [string | null, string | null]>;
}

type Editable = Exclude<keyof LeadEdit, 'phone'>;
const COLUMN_OF: Readonly<Record<Editable | 'phoneE164' | 'timeZone', string>> = {
  firstName: 'first_name',
  lastName: 'last_name',
  company: 'company',
  email: 'email',
  region: 'region',
  postalCode: 'postal_code',
  country: 'country',
  owner: 'owner',
  notes: 'notes',
  source: 'source',
  phoneE164: 'phone_e164',
  timeZone: 'time_zone',
};

export function columnOf(field: string): string {
  const column = COLUMN_OF[field as keyof typeof COLUMN_OF];
  if (!column) throw new Error(`No column for ${field}`);
  return column;
}

/**
 * Checks and normalizes an edit: the phone to E.164 (read in the lead's country, else the rep's),
 * the email, the country code; a changed address or phone resolves the zone again (a zone only a
 * person could pick stays as it was when the clues no longer settle one). Throws, naming the
 * field, before anything is written.
 */
export function planEdit(lead: Lead, edit: LeadEdit, repCountry: string): EditPlan {
  const next: Lead = { ...lead };
  const text = (value: string | null | undefined) => {
    const trimmed = value?.trim() ?? '';
    return trimmed === '' ? null : trimmed;
  };
  if (edit.firstName !== undefined) next.firstName = edit.firstName.trim();
  if (edit.lastName !== undefined) next.lastName = edit.lastName.trim();
  if (edit.company !== undefined) next.company = edit.company.trim();
  if (edit.region !== undefined) next.region = text(edit.region);
  if (edit.postalCode !== undefined) next.postalCode = text(edit.postalCode);
  if (edit.owner !== undefined) next.owner = text(edit.owner);
  if (edit.notes !== undefined) next.notes = text(edit.notes);
  if (edit.source !== undefined) next.source = text(edit.source);
  if (edit.country !== undefined) next.country = countryOf(edit.country);
  if (edit.email !== undefined) next.email = emailOf(edit.email);
  if (edit.phone !== undefined) {
    const country = next.country ?? repCountry;
    const read = normalizePhone(edit.phone, isSupportedCountry(country) ? country : null);
    if (read.status !== 'ok') {
      const why = read.status === 'blank' ? 'it has no digits' : read.reason;
      throw new DomainError(
        'invalid-argument',
        `The phone "${edit.phone.trim()}" is not a number that can be dialed: ${why}. Nothing was changed.`,
      );
    }
    next.phoneE164 = read.e164;
  }
  const placeChanged =
    next.phoneE164 !== lead.phoneE164 ||
    next.region !== lead.region ||
    next.postalCode !== lead.postalCode ||
    next.country !== lead.country;
  if (placeChanged) {
    const zone = resolveLeadTimeZone({
      region: next.region,
      postalCode: next.postalCode,
      country: next.country,
      phoneE164: next.phoneE164,
    });
    if (zone.status === 'resolved') next.timeZone = zone.zone;
  }
  if (`${next.firstName}${next.lastName}${next.company}` === '') {
    throw new DomainError(
      'invalid-argument',
      'A lead needs a first name, a last name or a company. Nothing was changed.',
    );
  }
  return { next, fields: changedFields(lead, next) };
}

function countryOf(value: string | null): string | null {
  const code = value?.trim().toUpperCase() ?? '';
  if (code === '') return null;
  if (!/^[A-Z]{2}$/.test(code) || !isSupportedCountry(code)) {
    throw new DomainError(
      'invalid-argument',
      `"${value}" is not a country: give its two-letter code, such as US or GB. Nothing was changed.`,
    );
  }
  return code;
}

function emailOf(value: string | null): string | null {
  const read = normalizeEmail(value ?? '');
  if (read.status === 'blank') return null;
  if (read.status === 'invalid') {
    throw new DomainError(
      'invalid-argument',
      `"${value}" is not an email address. Nothing was changed.`,
    );
  }
  return read.email;
}

function changedFields(before: Lead, after: Lead): EditPlan['fields'] {
  const fields: EditPlan['fields'] = {};
  for (const field of Object.keys(COLUMN_OF) as Array<keyof typeof COLUMN_OF>) {
    const was = before[field];
    const is = after[field];
    if (was !== is) fields[field] = [was, is];
  }
  return fields;
}
