import type { CountryCode } from 'libphonenumber-js/max';
import type { ColumnMapping } from '../mapping/column-mapping';
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
  for (const column of mapping.columns) {
    const planned = { index: column.index, header: column.header };
    if (column.target.kind === 'field') fields[column.target.field] = planned;
    if (column.target.kind === 'custom') {
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
    customKeys: keys,
    ...settings,
  };
}
