/** The columns a lead file can fill; everything else becomes a custom field. */
export const LEAD_FIELDS = [
  'firstName',
  'lastName',
  'fullName',
  'company',
  'phone',
  'mobile',
  'email',
  'timeZone',
  'region',
  'postalCode',
  'country',
  'createdAt',
  'owner',
  'notes',
] as const;

export type LeadField = (typeof LEAD_FIELDS)[number];

export function isLeadField(value: string): value is LeadField {
  return (LEAD_FIELDS as readonly string[]).includes(value);
}
