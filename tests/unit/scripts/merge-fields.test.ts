import { describe, expect, it } from 'vitest';
import {
  mergeFieldsForLead,
  missingFieldMark,
  normalizeFieldName,
  type MergeFieldLead,
} from '../../../shared/scripts';

const lead = (overrides: Partial<MergeFieldLead> = {}): MergeFieldLead => ({
  firstName: 'Dana',
  lastName: 'Reyes',
  company: 'Reyes Plumbing',
  source: null,
  custom: {},
  ...overrides,
});
const rep = { displayName: 'Sam Ortiz' };

describe('normalizeFieldName', () => {
  it.each([
    ['first_name', 'first_name'],
    ['First Name', 'first_name'],
    ['FIRST-NAME', 'first_name'],
    ['  first __ - name  ', 'first_name'],
    ['_Lead-Source_', 'lead_source'],
    ['Numéro client', 'numéro_client'],
  ])('reads %j as %j', (written, key) => {
    expect(normalizeFieldName(written)).toBe(key);
  });

  it('marks a missing field with its name as written', () => {
    expect(missingFieldMark(' first_name ')).toBe('⟦first_name⟧');
  });
});

describe('mergeFieldsForLead', () => {
  it('gives the lead’s names, company and the rep’s name', () => {
    expect(Object.fromEntries(mergeFieldsForLead(lead(), rep))).toEqual({
      first_name: 'Dana',
      last_name: 'Reyes',
      company: 'Reyes Plumbing',
      rep_name: 'Sam Ortiz',
    });
  });

  it('adds every imported column under its normalized name', () => {
    const fields = mergeFieldsForLead(
      lead({ custom: { 'Lead Source': 'Facebook ad', 'monthly-bill': ' 180 ' } }),
      rep,
    );
    expect(fields.get('lead_source')).toBe('Facebook ad');
    expect(fields.get('monthly_bill')).toBe('180');
  });

  it('gives the lead’s source as source, and as lead_source to scripts written before it had one', () => {
    const fields = mergeFieldsForLead(lead({ source: ' Facebook ad ' }), rep);
    expect(fields.get('source')).toBe('Facebook ad');
    expect(fields.get('lead_source')).toBe('Facebook ad');
    // A lead kept from before migration 14 has both; its own column wins for its own name.
    const kept = mergeFieldsForLead(
      lead({ source: 'Web', custom: { lead_source: 'Web form' } }),
      rep,
    );
    expect([kept.get('source'), kept.get('lead_source')]).toEqual(['Web', 'Web form']);
    expect(mergeFieldsForLead(lead(), rep).has('source')).toBe(false);
  });

  it('leaves blank values out so the script marks them missing', () => {
    const fields = mergeFieldsForLead(lead({ company: '  ', custom: { Source: '' } }), rep);
    expect(fields.has('company')).toBe(false);
    expect(fields.has('source')).toBe(false);
  });

  it('prefers the dedicated field to a column of the same name, unless it is blank', () => {
    const custom = { 'First Name': 'Danielle', Company: 'Imported Co' };
    const fields = mergeFieldsForLead(lead({ company: '', custom }), rep);
    expect(fields.get('first_name')).toBe('Dana');
    expect(fields.get('company')).toBe('Imported Co');
  });

  it('keeps the first non-blank of two columns that normalize alike', () => {
    const custom = { 'zip code': '', 'Zip-Code': '60601', ZIP_CODE: '60602' };
    expect(mergeFieldsForLead(lead({ custom }), rep).get('zip_code')).toBe('60601');
  });

  it('treats column names like __proto__ as plain names', () => {
    const custom = JSON.parse('{"__proto__": "odd", "constructor": "also odd"}') as Record<
      string,
      string
    >;
    const fields = mergeFieldsForLead(lead({ custom }), rep);
    expect(fields.get('proto')).toBe('odd');
    expect(fields.get('constructor')).toBe('also odd');
  });
});
