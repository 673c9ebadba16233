import type { CountryCode } from 'libphonenumber-js/max';
import { IMPORT_MAX_CUSTOM_FIELDS } from '../../../../../shared/domain/import';
import type { ColumnMapping } from '../mapping/column-mapping';
import { customColumnsLeftOut } from '../mapping/custom-field-cap';
import { customFieldKey } from '../mapping/header-keys';
import type { LeadField } from '../mapping/lead-fields';
import { uniqueKey } from '../mapping/propose-column-mapping';
import type { DateReading } from '../values/date-time';
import type { PhoneAcceptance } from '../values/phone-number';

export interface PlannedColumn {
  index: number;
  header: string;
}

/** A mapping turned into what building each row needs, computed once per file. */
export interface RowPlan {
  fields: Partial<Record<LeadField, PlannedColumn>>;
  custom: (PlannedColumn & { key: string })[];
  /** Where the phone or mobile number that is not the lead's number is kept. */
  spareNumberKey: { phone: string; mobile: string };
  headerCount: number;
  /** Cells past the header a ragged row may keep: what the custom-field cap leaves room for. */
  extraCellsKept: number;
  /** Custom keys in use, so extra cells in a ragged row get fresh ones. */
  customKeys: ReadonlySet<string>;
  defaultCountry: CountryCode | null;
  phoneAcceptance: PhoneAcceptance;
  dateReading: DateReading;
  importedAt: number;
}

export function planRows(
  mapping: ColumnMapping,
  settings: Pick<RowPlan, 'defaultCountry' | 'phoneAcceptance' | 'dateReading' | 'importedAt'>,
): RowPlan {
  const fields: RowPlan['fields'] = {};
  const custom: RowPlan['custom'] = [];
  const keys = new Set<string>();
  const leftOut = new Set(customColumnsLeftOut(mapping).map((column) => column.index));
  for (const column of mapping.columns) {
    const planned = { index: column.index, header: column.header };
    if (column.target.kind === 'field') fields[column.target.field] = planned;
    if (column.target.kind === 'custom' && !leftOut.has(column.index)) {
      custom.push({ ...planned, key: column.target.key });
      keys.add(column.target.key);
    }
  }
  const spareKey = (field: 'phone' | 'mobile') =>
    uniqueKey(customFieldKey(fields[field]?.header ?? field), keys);
  return {
    fields,
    custom,
    spareNumberKey: { phone: spareKey('phone'), mobile: spareKey('mobile') },
    headerCount: mapping.columns.length,
    extraCellsKept: Math.max(0, IMPORT_MAX_CUSTOM_FIELDS - custom.length),
    customKeys: keys,
    ...settings,
  };
}
