import type { CountryCode } from 'libphonenumber-js/max';
import { IMPORT_MAX_CUSTOM_FIELDS } from '../../../../../shared/domain/import';
import { resolveLeadTimeZone } from '../../time-zone/resolve-lead-time-zone';
import type { LeadField } from '../mapping/lead-fields';
import type { ImportIssue } from '../report/import-issue';
import { normalizeCountry } from '../values/country-code';
import { parseDateTime } from '../values/date-time';
import { normalizeEmail } from '../values/email-address';
import { splitFullName } from '../values/person-name';
import { normalizePhone, type NormalizedPhone } from '../values/phone-number';
import type { LeadCandidate } from './lead-candidate';
import type { RowPlan } from './row-plan';

export interface BuiltRow {
  candidate: LeadCandidate | null;
  issues: ImportIssue[];
}

/** A created date this far past the import time is a zone or typing mistake, not a lead from the future. */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

type DialableNumber = Extract<NormalizedPhone, { status: 'ok' }>;

/** A row being built and the issues found in it, passed to plain functions (no closures per row). */
interface Row {
  cells: readonly string[];
  rowNumber: number;
  plan: RowPlan;
  issues: ImportIssue[];
}

/** Turns one data row into a lead candidate, or says why it cannot be one. */
export function buildLeadCandidate(
  cells: readonly string[],
  rowNumber: number,
  plan: RowPlan,
): BuiltRow {
  const row: Row = { cells, rowNumber, plan, issues: [] };
  const custom = customFields(row);
  const countryText = cell(row, 'country');
  const givenCountry = normalizeCountry(countryText);
  // A number written the national way ("0412 345 678") is read in the row's own country first.
  const dialingCountry = givenCountry ?? plan.defaultCountry;
  const number = numberToDial(row, dialingCountry, custom);
  if (!number) return { candidate: null, issues: row.issues };

  let firstName = cell(row, 'firstName');
  let lastName = cell(row, 'lastName');
  if (firstName === '' && lastName === '')
    ({ firstName, lastName } = splitFullName(cell(row, 'fullName')));

  const emailText = cell(row, 'email');
  const email = normalizeEmail(emailText);
  if (email.status === 'invalid') {
    note(row, 'email', emailText, `invalid email: ${email.reason}; left empty`);
  }

  if (countryText !== '' && !givenCountry) {
    note(row, 'country', countryText, 'unknown country; the phone number’s country is used');
  }
  const country = givenCountry ?? number.country;
  const region = cell(row, 'region') || null;
  const postalCode = usZipWithLeadingZeros(cell(row, 'postalCode'), country) || null;
  const created = readCreatedAt(row);

  const zoneText = cell(row, 'timeZone');
  const zone = resolveLeadTimeZone({
    timeZone: zoneText,
    region,
    postalCode,
    country,
    phoneE164: number.e164,
  });
  const holdReason = zone.status === 'resolved' ? null : `time zone ${zone.status}: ${zone.reason}`;
  if (holdReason) {
    note(
      row,
      plan.fields.timeZone ? 'timeZone' : 'time zone',
      zoneText,
      `held for review: ${holdReason}`,
    );
  }

  return {
    candidate: {
      firstName,
      lastName,
      company: cell(row, 'company'),
      phoneE164: number.e164,
      phoneExtension: number.extension,
      email: email.status === 'ok' ? email.email : null,
      timeZone: zone.status === 'resolved' ? zone.zone : null,
      timeZoneSource: zone.status === 'resolved' ? zone.source : null,
      holdReason,
      region,
      postalCode,
      country,
      createdAt: created.createdAt,
      createdAtSource: created.createdAtSource,
      importedAt: plan.importedAt,
      owner: cell(row, 'owner') || null,
      notes: cell(row, 'notes') || null,
      source: cell(row, 'source') || null,
      custom,
      sourceRow: rowNumber,
    },
    issues: row.issues,
  };
}

function cell(row: Row, field: LeadField): string {
  const column = row.plan.fields[field];
  return column ? (row.cells[column.index] ?? '').trim() : '';
}

function note(row: Row, field: string, value: string, reason: string, skipped = false): void {
  row.issues.push({
    rowNumber: row.rowNumber,
    field: row.plan.fields[field as LeadField]?.header ?? field,
    value,
    reason,
    rowAction: skipped ? 'skipped' : 'imported',
  });
}

/**
 * The phone column's number when it is usable, else the mobile column's; the other one is kept as a
 * custom field. A row with neither is skipped.
 */
function numberToDial(
  row: Row,
  dialingCountry: CountryCode | null,
  custom: Record<string, string>,
): DialableNumber | null {
  const { plan } = row;
  const phoneText = cell(row, 'phone');
  const mobileText = cell(row, 'mobile');
  const phone = normalizePhone(phoneText, dialingCountry, plan.phoneAcceptance);
  const mobile = normalizePhone(mobileText, dialingCountry, plan.phoneAcceptance);
  if (phone.status !== 'ok' && mobile.status !== 'ok') {
    if (phone.status === 'invalid') {
      note(row, 'phone', phoneText, `invalid phone number: ${phone.reason}`, true);
    } else if (mobile.status === 'invalid') {
      note(row, 'mobile', mobileText, `invalid phone number: ${mobile.reason}`, true);
    } else {
      const field = plan.fields.phone || !plan.fields.mobile ? 'phone' : 'mobile';
      note(row, field, '', 'no phone number', true);
    }
    return null;
  }
  const useMobile = phone.status !== 'ok';
  const [dialed, spare, spareField, spareText] = useMobile
    ? ([mobile as DialableNumber, phone, 'phone', phoneText] as const)
    : ([phone, mobile, 'mobile', mobileText] as const);
  if (spare.status === 'ok') custom[plan.spareNumberKey[spareField]] = spare.e164;
  if (spare.status === 'invalid') {
    custom[plan.spareNumberKey[spareField]] = spareText;
    const instead = useMobile ? '; the mobile number is dialed instead' : '';
    note(row, spareField, spareText, `invalid ${spareField} number: ${spare.reason}${instead}`);
  }
  return dialed;
}

function customFields(row: Row): Record<string, string> {
  const { cells, plan } = row;
  const custom: Record<string, string> = {};
  for (const column of plan.custom) {
    const value = (cells[column.index] ?? '').trim();
    if (value !== '') custom[column.key] = value;
  }
  // A ragged row's extra cells are kept rather than dropped, under their position, as far as the
  // custom-field cap allows.
  const keptUpTo = plan.headerCount + plan.extraCellsKept;
  for (let index = plan.headerCount; index < Math.min(cells.length, keptUpTo); index++) {
    const value = (cells[index] ?? '').trim();
    if (value === '') continue;
    let key = `column_${index + 1}`;
    while (plan.customKeys.has(key)) key += '_extra';
    custom[key] = value;
    note(row, key, value, `the row has more cells than the header; kept as ${key}`);
  }
  noteExtraCellsLeftOut(row, keptUpTo);
  return custom;
}

function noteExtraCellsLeftOut(row: Row, keptUpTo: number): void {
  if (row.cells.length <= keptUpTo) return;
  const leftOut = row.cells.slice(keptUpTo).filter((cell) => cell.trim() !== '');
  if (leftOut.length === 0) return;
  note(
    row,
    `column ${keptUpTo + 1}`,
    leftOut[0]!.trim(),
    `${leftOut.length} ${leftOut.length === 1 ? 'cell' : 'cells'} past the header from column ` +
      `${keptUpTo + 1} on not imported: a file can add at most ${IMPORT_MAX_CUSTOM_FIELDS} ` +
      'custom fields',
  );
}

function readCreatedAt(row: Row): Pick<LeadCandidate, 'createdAt' | 'createdAtSource'> {
  const { plan } = row;
  const importTime = { createdAt: plan.importedAt, createdAtSource: 'import-time' as const };
  if (!plan.fields.createdAt) return importTime;
  const text = cell(row, 'createdAt');
  const parsed = parseDateTime(text, plan.dateReading);
  if (parsed.status === 'blank') {
    note(row, 'createdAt', text, 'no created date; the import time is used');
    return importTime;
  }
  if (parsed.status === 'invalid') {
    note(
      row,
      'createdAt',
      text,
      `unreadable created date (${parsed.reason}); the import time is used`,
    );
    return importTime;
  }
  if (parsed.epochMs > plan.importedAt + FUTURE_TOLERANCE_MS) {
    note(row, 'createdAt', text, 'created date is in the future; the import time is used');
    return importTime;
  }
  return { createdAt: Math.min(parsed.epochMs, plan.importedAt), createdAtSource: 'file' };
}

// Spreadsheets drop the leading zeros of New England and New Jersey ZIP codes (02134 → 2134).
function usZipWithLeadingZeros(postalCode: string, country: string | null): string {
  return country === 'US' && /^\d{3,4}$/.test(postalCode)
    ? postalCode.padStart(5, '0')
    : postalCode;
}
