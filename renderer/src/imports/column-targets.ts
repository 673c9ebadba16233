import { LEAD_FIELDS, type ColumnTarget, type LeadField } from '../../../shared/domain/import';

export const FIELD_LABELS: Record<LeadField, string> = {
  firstName: 'First name',
  lastName: 'Last name',
  fullName: 'Full name',
  company: 'Company',
  phone: 'Phone',
  mobile: 'Mobile',
  email: 'Email',
  timeZone: 'Time zone',
  region: 'State / region',
  postalCode: 'Postal code',
  country: 'Country',
  createdAt: 'Created date',
  owner: 'Owner',
  notes: 'Notes',
  source: 'Source / channel',
};

/** What the target select offers: every lead field, a custom field, or nothing. */
export type TargetChoice = LeadField | 'custom' | 'ignore';

export const TARGET_CHOICES: ReadonlyArray<{ value: TargetChoice; label: string }> = [
  ...LEAD_FIELDS.map((field) => ({ value: field, label: FIELD_LABELS[field] })),
  { value: 'custom', label: 'Custom field (for scripts)' },
  { value: 'ignore', label: 'Ignore this column' },
];

export function choiceOf(target: ColumnTarget): TargetChoice {
  switch (target.kind) {
    case 'field':
      return target.field;
    case 'custom':
      return 'custom';
    case 'ignore':
      return 'ignore';
  }
}

/** A custom column keeps its header as its name; the core turns it into a merge-field key. */
export function targetFor(choice: TargetChoice, header: string): ColumnTarget {
  if (choice === 'ignore') return { kind: 'ignore' };
  if (choice === 'custom') return { kind: 'custom', key: header };
  return { kind: 'field', field: choice };
}

/** "Phone", "Custom field {{lead_source}}", "Ignored". */
export function targetLabel(target: ColumnTarget): string {
  switch (target.kind) {
    case 'field':
      return FIELD_LABELS[target.field];
    case 'custom':
      return `Custom field {{${target.key}}}`;
    case 'ignore':
      return 'Ignored';
  }
}
