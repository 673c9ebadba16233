import { isSupportedCountry, type CountryCode } from 'libphonenumber-js/max';
import { DomainError } from '../../../../../shared/result';
import { planRows, type RowPlan } from '../candidate/row-plan';
import { applyMappingOverride } from '../mapping/apply-mapping-override';
import { columnForField, type ColumnMapping } from '../mapping/column-mapping';
import { customFieldCapWarning } from '../mapping/custom-field-cap';
import { proposeColumnMapping } from '../mapping/propose-column-mapping';
import { dateOrderEvidence } from '../values/date-time';
import { isKnownZone } from '../values/zone-offset';
import { normalizePhone } from '../values/phone-number';
import type { DateOrderChoice, LeadFileOptions } from './lead-file-options';
import { NoPhoneColumnError } from './no-phone-column';

/** Countries whose people write the month first. */
const MONTH_FIRST_COUNTRIES = new Set([
  'US',
  'CA',
  'PH',
  'PR',
  'GU',
  'VI',
  'AS',
  'MP',
  'FM',
  'MH',
  'PW',
]);

export interface FileSetup {
  headers: string[];
  mapping: ColumnMapping;
  plan: RowPlan;
  dateOrder: DateOrderChoice;
  warnings: string[];
}

export function checkDefaultCountry(code: string | null): CountryCode | null {
  if (code === null || code === '') return null;
  const upper = code.toUpperCase();
  if (!isSupportedCountry(upper)) {
    throw new DomainError(
      'invalid-argument',
      `Unknown default country "${code}": use a two-letter code such as US or GB.`,
    );
  }
  return upper;
}

export function proposeMappingForFile(
  headers: readonly string[],
  sampleRows: readonly (readonly string[])[],
  defaultCountry: CountryCode | null,
): ColumnMapping {
  return proposeColumnMapping(headers, {
    sampleRows,
    isPhoneNumber: (value) => normalizePhone(value, defaultCountry).status === 'ok',
  });
}

/**
 * Day or month first, for slash dates: the user's setting; else what the file proves in its first
 * rows (a first number above 12 is a day); else the habit of the default country (month first in
 * the US and Canada, day first elsewhere). The choice and its basis are in the import summary, and
 * a later row that contradicts it is reported rather than misread.
 */
export function resolveDateOrder(
  createdAtSamples: readonly string[],
  setting: LeadFileOptions['dateOrder'],
  defaultCountry: CountryCode | null,
  warnings: string[],
): DateOrderChoice {
  if (setting && setting !== 'auto') return { order: setting, basis: 'setting' };
  const evidence = dateOrderEvidence(createdAtSamples);
  if (evidence === 'MDY' || evidence === 'DMY') return { order: evidence, basis: 'file' };
  if (evidence === 'conflict') {
    warnings.push(
      'Created dates are written both day-first and month-first; rows that do not fit the chosen order are reported.',
    );
  }
  const order = !defaultCountry || MONTH_FIRST_COUNTRIES.has(defaultCountry) ? 'MDY' : 'DMY';
  return { order, basis: 'default-country' };
}

export function setUpFile(
  headers: string[],
  sampleRows: readonly (readonly string[])[],
  options: LeadFileOptions,
  importedAt: number,
): FileSetup {
  const defaultCountry = checkDefaultCountry(options.defaultCountry);
  const zone = options.dateTimeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!isKnownZone(zone))
    throw new DomainError('invalid-argument', `Unknown time zone "${zone}" for the file's dates.`);
  const proposal = proposeMappingForFile(headers, sampleRows, defaultCountry);
  const mapping = options.mappingOverride
    ? applyMappingOverride(proposal, options.mappingOverride)
    : proposal;
  const warnings = mappingWarnings(mapping);
  if (!columnForField(mapping, 'phone') && !columnForField(mapping, 'mobile')) {
    throw new NoPhoneColumnError();
  }
  const createdAtColumn = columnForField(mapping, 'createdAt');
  const samples = createdAtColumn ? sampleRows.map((row) => row[createdAtColumn.index] ?? '') : [];
  const dateOrder = resolveDateOrder(samples, options.dateOrder, defaultCountry, warnings);
  const plan = planRows(mapping, {
    defaultCountry,
    phoneAcceptance: options.phoneAcceptance ?? 'valid',
    dateReading: { order: dateOrder.order, zone },
    importedAt,
  });
  return { headers, mapping, plan, dateOrder, warnings };
}

export function mappingWarnings(mapping: ColumnMapping): string[] {
  const warnings: string[] = [];
  if (!columnForField(mapping, 'phone') && !columnForField(mapping, 'mobile')) {
    warnings.push('No column looks like a phone number.');
  }
  if (!columnForField(mapping, 'createdAt')) {
    warnings.push('No created-date column: every lead’s speed-to-lead clock starts at the import.');
  }
  const leftOut = customFieldCapWarning(mapping);
  if (leftOut) warnings.push(leftOut);
  return warnings;
}
