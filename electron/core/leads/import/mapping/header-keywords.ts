import type { LeadField } from './lead-fields';

/** How sure a match on words alone makes us: enough to propose, low enough to be reviewed. */
export const KEYWORD_CONFIDENCE = 0.6;

// Words that make a header about the field rather than the field itself ("Phone Type",
// "Email Opt Out", "Company ID", "Country Code of Phone"...).
const METADATA_WORDS = new Set([
  'id',
  'type',
  'status',
  'verified',
  'valid',
  'invalid',
  'count',
  'consent',
  'optout',
  'opt',
  'unsubscribed',
  'bounced',
  'bounce',
  'label',
  'domain',
  'size',
  'url',
  'ext',
  'extension',
  'last',
  'updated',
  'modified',
]);

type Rule = { field: LeadField; when: (words: Set<string>) => boolean };
const any =
  (...candidates: string[]) =>
  (words: Set<string>) =>
    candidates.some((word) => words.has(word));

// In order: the first rule that matches wins, so "Company Phone" is a phone and "Account Owner" an owner.
const RULES: Rule[] = [
  { field: 'email', when: any('email', 'mail', 'courriel') },
  { field: 'mobile', when: any('mobile', 'cell', 'cellular', 'handy', 'mobil', 'portable') },
  { field: 'phone', when: any('phone', 'telephone', 'tel', 'telefon', 'telefono') },
  { field: 'owner', when: any('owner', 'assigned', 'assignee') },
  { field: 'createdAt', when: any('created', 'creation', 'create') },
  { field: 'timeZone', when: (w) => w.has('timezone') || (w.has('time') && w.has('zone')) },
  { field: 'postalCode', when: any('zip', 'postal', 'postcode', 'plz') },
  { field: 'country', when: any('country') },
  { field: 'region', when: any('state', 'province', 'region') },
  { field: 'firstName', when: (w) => w.has('first') && w.has('name') },
  { field: 'lastName', when: (w) => (w.has('last') && w.has('name')) || w.has('surname') },
  { field: 'company', when: any('company', 'organization', 'organisation', 'account', 'employer') },
  { field: 'notes', when: any('note', 'notes', 'comment', 'comments', 'description') },
  { field: 'source', when: any('source') },
  { field: 'fullName', when: any('name') },
];

export function keywordFieldFor(words: readonly string[]): LeadField | null {
  const set = new Set(words);
  const isName = (set.has('first') || set.has('last')) && set.has('name');
  if (!isName && words.some((word) => METADATA_WORDS.has(word))) return null;
  return RULES.find((rule) => rule.when(set))?.field ?? null;
}
