import type { Lead } from '../domain/lead';
import type { RepIdentity } from '../domain/rep';
import { normalizeFieldName } from './field-name';

/** Merge-field values by normalized name (see normalizeFieldName); a Map, so no key can hit a prototype. */
export type MergeFieldValues = ReadonlyMap<string, string>;

export type MergeFieldLead = Pick<Lead, 'firstName' | 'lastName' | 'company' | 'source' | 'custom'>;
export type MergeFieldRep = Pick<RepIdentity, 'displayName'>;

/**
 * The values a script may merge for this lead and rep: first_name, last_name, company, source,
 * rep_name and every imported custom column. Blank values are left out so the script shows them as
 * missing. A dedicated field wins over a custom column of the same name, unless it is blank.
 * Scripts written while the source was a custom column name it lead_source: that name reads the
 * source too, unless the lead has a custom column of its own by that name.
 */
export function mergeFieldsForLead(lead: MergeFieldLead, rep: MergeFieldRep): MergeFieldValues {
  const values = new Map<string, string>();
  const put = (name: string, raw: string) => {
    const value = raw.trim();
    if (value !== '') values.set(normalizeFieldName(name), value);
  };
  for (const [column, raw] of Object.entries(lead.custom)) {
    if (!values.has(normalizeFieldName(column))) put(column, raw);
  }
  put('first_name', lead.firstName);
  put('last_name', lead.lastName);
  put('company', lead.company);
  put('source', lead.source ?? '');
  if (!values.has('lead_source')) put('lead_source', lead.source ?? '');
  put('rep_name', rep.displayName);
  return values;
}
