import { describe, expect, it } from 'vitest';
import { applyMappingOverride } from '../../../../electron/core/leads/import/mapping/apply-mapping-override';
import type { ColumnMapping } from '../../../../electron/core/leads/import/mapping/column-mapping';
import { headerSignature } from '../../../../electron/core/leads/import/mapping/header-signature';
import { proposeColumnMapping } from '../../../../electron/core/leads/import/mapping/propose-column-mapping';
import { normalizePhone } from '../../../../electron/core/leads/import/values/phone-number';

/** header → "field" | "custom:key" | "ignore", as a readable table. */
function targets(mapping: ColumnMapping): Record<string, string> {
  return Object.fromEntries(
    mapping.columns.map((column) => [
      column.header,
      column.target.kind === 'field'
        ? column.target.field
        : column.target.kind === 'custom'
          ? `custom:${column.target.key}`
          : 'ignore',
    ]),
  );
}

describe('column mapping from CRM export headers', () => {
  it('knows a HubSpot contacts export', () => {
    const headers = [
      'Record ID',
      'First Name',
      'Last Name',
      'Email',
      'Phone Number',
      'Mobile Phone Number',
      'Company Name',
      'Create Date',
      'Contact owner',
      'State/Region',
      'Postal Code',
      'Country/Region',
      'Time Zone',
      'Lifecycle Stage',
      'Lead Status',
    ];
    expect(targets(proposeColumnMapping(headers))).toEqual({
      'Record ID': 'custom:record_id',
      'First Name': 'firstName',
      'Last Name': 'lastName',
      Email: 'email',
      'Phone Number': 'phone',
      'Mobile Phone Number': 'mobile',
      'Company Name': 'company',
      'Create Date': 'createdAt',
      'Contact owner': 'owner',
      'State/Region': 'region',
      'Postal Code': 'postalCode',
      'Country/Region': 'country',
      'Time Zone': 'timeZone',
      'Lifecycle Stage': 'custom:lifecycle_stage',
      'Lead Status': 'custom:lead_status',
    });
  });

  it('knows a Salesforce leads export, mailing address included', () => {
    const headers = [
      'Lead ID',
      'First Name',
      'Last Name',
      'Company',
      'Phone',
      'Mobile',
      'Email',
      'Lead Owner',
      'Created Date',
      'Mailing State/Province',
      'Mailing Zip/Postal Code',
      'Mailing Country',
      'Lead Source',
      'Description',
    ];
    expect(targets(proposeColumnMapping(headers))).toMatchObject({
      Company: 'company',
      Phone: 'phone',
      Mobile: 'mobile',
      'Lead Owner': 'owner',
      'Created Date': 'createdAt',
      'Mailing State/Province': 'region',
      'Mailing Zip/Postal Code': 'postalCode',
      'Mailing Country': 'country',
      'Lead Source': 'source',
      Description: 'notes',
    });
  });

  it('knows Salesforce contacts ("Account Name") and Zoho leads', () => {
    expect(
      targets(proposeColumnMapping(['Account Name', 'Phone', 'Zip/Postal Code', 'State/Province'])),
    ).toEqual({
      'Account Name': 'company',
      Phone: 'phone',
      'Zip/Postal Code': 'postalCode',
      'State/Province': 'region',
    });
    expect(
      targets(
        proposeColumnMapping([
          'Lead Owner',
          'Company',
          'Created Time',
          'State',
          'Zip Code',
          'Mobile',
        ]),
      ),
    ).toEqual({
      'Lead Owner': 'owner',
      Company: 'company',
      'Created Time': 'createdAt',
      State: 'region',
      'Zip Code': 'postalCode',
      Mobile: 'mobile',
    });
  });

  it('knows Pipedrive person and organization columns', () => {
    const headers = [
      'Person - Name',
      'Person - Phone',
      'Person - Phone - Mobile',
      'Person - Email',
      'Organization - Name',
      'Lead created',
      'Lead - Title',
      'Person - Owner',
    ];
    expect(targets(proposeColumnMapping(headers))).toEqual({
      'Person - Name': 'fullName',
      'Person - Phone': 'phone',
      'Person - Phone - Mobile': 'mobile',
      'Person - Email': 'email',
      'Organization - Name': 'company',
      'Lead created': 'createdAt',
      'Lead - Title': 'custom:lead_title',
      'Person - Owner': 'owner',
    });
    expect(targets(proposeColumnMapping(['Deal - Created']))).toEqual({
      'Deal - Created': 'createdAt',
    });
  });

  it('knows Close, where display_name is the company and custom.* are custom fields', () => {
    const headers = [
      'id',
      'display_name',
      'contact_name',
      'primary_phone',
      'primary_email',
      'date_created',
      'custom.Industry',
      'custom.Budget (USD)',
    ];
    expect(targets(proposeColumnMapping(headers))).toEqual({
      id: 'custom:id',
      display_name: 'company',
      contact_name: 'fullName',
      primary_phone: 'phone',
      primary_email: 'email',
      date_created: 'createdAt',
      'custom.Industry': 'custom:industry',
      'custom.Budget (USD)': 'custom:budget_usd',
    });
  });

  it('knows plain spreadsheet and European headers', () => {
    expect(
      targets(proposeColumnMapping(['name', 'tel', 'e-mail', 'created', 'tz', 'Cell', 'Notes'])),
    ).toEqual({
      name: 'fullName',
      tel: 'phone',
      'e-mail': 'email',
      created: 'createdAt',
      tz: 'timeZone',
      Cell: 'mobile',
      Notes: 'notes',
    });
    expect(
      targets(
        proposeColumnMapping(['Prénom', 'Nom', 'Société', 'Téléphone', 'Code postal', 'Pays']),
      ),
    ).toEqual({
      Prénom: 'firstName',
      Nom: 'lastName',
      Société: 'company',
      Téléphone: 'phone',
      'Code postal': 'postalCode',
      Pays: 'country',
    });
  });

  it('gives each field to its surest column and keeps the others as custom fields', () => {
    const mapping = proposeColumnMapping([
      'Phone Number',
      'Company Phone',
      'Phone Type',
      'Email Opt Out',
    ]);
    expect(targets(mapping)).toEqual({
      'Phone Number': 'phone',
      'Company Phone': 'custom:company_phone',
      'Phone Type': 'custom:phone_type',
      'Email Opt Out': 'custom:email_opt_out',
    });
    expect(mapping.columns.map((column) => column.confidence)).toEqual([1, 0.5, 1, 1]);
  });

  it('finds an unnamed phone column from its values', () => {
    const mapping = proposeColumnMapping(['Who', 'Number'], {
      sampleRows: [
        ['Ann', '(415) 555-0123'],
        ['Bo', '212-555-0147'],
        ['Cy', '+44 20 7946 0958'],
      ],
      isPhoneNumber: (value) => normalizePhone(value, 'US').status === 'ok',
    });
    expect(mapping.columns[1]).toMatchObject({
      target: { kind: 'field', field: 'phone' },
      confidence: 0.5,
    });
  });

  it('finds the source in each CRM’s export; the surest column wins, the others stay custom', () => {
    expect(
      targets(proposeColumnMapping(['Phone', 'Latest Source', 'Original Source', 'utm_source'])),
    ).toMatchObject({
      'Original Source': 'source',
      'Latest Source': 'custom:latest_source',
      utm_source: 'custom:utm_source',
    });
    expect(targets(proposeColumnMapping(['utm_source', 'Lead Source Detail']))).toMatchObject({
      utm_source: 'source',
      'Lead Source Detail': 'custom:lead_source_detail',
    });
    expect(targets(proposeColumnMapping(['Person - Source channel', 'Source origin']))).toEqual({
      'Person - Source channel': 'source',
      'Source origin': 'custom:source_origin',
    });
    // Close has no source field: its custom field is the source; other custom.* stay custom.
    expect(targets(proposeColumnMapping(['custom.Lead Source', 'custom.Source ID']))).toEqual({
      'custom.Lead Source': 'source',
      'custom.Source ID': 'custom:source_id',
    });
  });

  it('keeps custom keys unique', () => {
    expect(targets(proposeColumnMapping(['Tier', 'tier', 'TIER']))).toEqual({
      Tier: 'custom:tier',
      tier: 'custom:tier_2',
      TIER: 'custom:tier_3',
    });
  });
});

describe('header signature', () => {
  it('ignores case, spacing and punctuation but not order', () => {
    const a = headerSignature(['First Name', 'Phone Number']);
    expect(headerSignature(['first_name', 'PHONE-NUMBER'])).toBe(a);
    expect(headerSignature(['Phone Number', 'First Name'])).not.toBe(a);
    expect(a).toMatch(/^h1-[0-9a-f]{16}$/);
  });
});

describe('mapping override', () => {
  const proposal = proposeColumnMapping(['Name', 'Phone', 'Mobile', 'Region']);

  it('lets the user win, moving a field off the column the proposal gave it to', () => {
    const corrected = applyMappingOverride(proposal, {
      signature: proposal.signature,
      columns: [
        { index: 2, target: { kind: 'field', field: 'phone' } },
        { index: 3, target: { kind: 'ignore' } },
        { index: 0, target: { kind: 'custom', key: 'Contact Person' } },
      ],
    });
    expect(targets(corrected)).toEqual({
      Name: 'custom:contact_person',
      Phone: 'custom:phone',
      Mobile: 'phone',
      Region: 'ignore',
    });
    expect(corrected.columns.map((column) => column.confidence)).toEqual([1, 0.5, 1, 1]);
  });

  it('refuses a mapping saved for another layout or naming absent columns', () => {
    expect(() =>
      applyMappingOverride(proposal, { signature: 'h1-0000000000000000', columns: [] }),
    ).toThrow(/different headers/);
    expect(() =>
      applyMappingOverride(proposal, {
        signature: proposal.signature,
        columns: [{ index: 9, target: { kind: 'ignore' } }],
      }),
    ).toThrow(/column 10/);
  });
});
