import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { collectLeadFile } from '../../../../electron/core/leads/import/pipeline/collect-lead-file';
import { previewLeadFile } from '../../../../electron/core/leads/import/pipeline/preview-lead-file';
import { headerSignature } from '../../../../electron/core/leads/import/mapping/header-signature';
import { importIssuesToCsv } from '../../../../electron/core/leads/import/report/import-report-csv';
import { fixture, IMPORTED_AT } from './fixture-paths';

describe('lead file preview', () => {
  it('shows headers, the proposed mapping, sample rows and what was detected', async () => {
    const preview = await previewLeadFile(fixture('windows-1252-accents.csv'), 3, {
      defaultCountry: 'GB',
    });
    expect(preview.headers).toEqual([
      'First Name',
      'Last Name',
      'Company',
      'Phone',
      'Email',
      'Country',
      'Created Date',
      'Notes',
    ]);
    expect(preview.mapping.signature).toBe(headerSignature(preview.headers));
    expect(preview.mapping.columns[3]).toEqual({
      index: 3,
      header: 'Phone',
      target: { kind: 'field', field: 'phone' },
      confidence: 1,
    });
    expect(preview.sampleRows).toHaveLength(3);
    expect(preview.sampleRows[0]!.slice(0, 2)).toEqual(['Zoë', 'Brontë']);
    expect(preview.encoding).toEqual({ encoding: 'windows-1252', bom: false });
    expect(preview.dialect).toEqual({ delimiter: ',', newline: '\r\n' });
    expect(preview.dateOrder).toEqual({ order: 'DMY', basis: 'file' });
    expect(preview.warnings).toEqual([]);
  });

  it('guesses the date order from the default country when the file cannot tell', async () => {
    const us = await previewLeadFile(fixture('zoho-leads.csv'), 1, { defaultCountry: 'US' });
    expect(us.dateOrder).toEqual({ order: 'MDY', basis: 'default-country' });
    const gb = await previewLeadFile(fixture('zoho-leads.csv'), 1, { defaultCountry: 'GB' });
    expect(gb.dateOrder).toEqual({ order: 'DMY', basis: 'default-country' });
    const set = await previewLeadFile(fixture('zoho-leads.csv'), 1, {
      defaultCountry: 'GB',
      dateOrder: 'MDY',
    });
    expect(set.dateOrder).toEqual({ order: 'MDY', basis: 'setting' });
  });
});

describe('import report CSV', () => {
  it('lists each problem row and reads back as the same cells', async () => {
    const { issues } = await collectLeadFile(fixture('hubspot-contacts.csv'), {
      defaultCountry: 'US',
      dateTimeZone: 'America/New_York',
      importedAt: IMPORTED_AT,
    });
    const csv = importIssuesToCsv(issues);
    const rows = Papa.parse<string[]>(csv).data;
    expect(rows[0]).toEqual(['Row', 'Column', 'Value', 'Problem', 'What happened']);
    expect(rows[1]).toEqual([
      '5',
      'Phone Number',
      '555-0100',
      'invalid phone number: too few digits',
      'row not imported',
    ]);
    expect(rows[3]).toEqual([
      '11',
      'Phone Number',
      '415.555.0123',
      'duplicate of row 2 (same number +14155550123)',
      'merged into an earlier row',
    ]);
    expect(rows).toHaveLength(issues.length + 1);
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    const csv = importIssuesToCsv(
      ['=HYPERLINK("http://evil.example")', '+1 415 555 0123', '-2+3', '@SUM(A1)', 'plain'].map(
        (value, i) => ({
          rowNumber: i + 2,
          field: 'Phone',
          value,
          reason: 'invalid phone number',
          rowAction: 'skipped' as const,
        }),
      ),
    );
    const values = Papa.parse<string[]>(csv)
      .data.slice(1)
      .map((row) => row[2]);
    expect(values).toEqual([
      '\'=HYPERLINK("http://evil.example")',
      "'+1 415 555 0123",
      "'-2+3",
      "'@SUM(A1)",
      'plain',
    ]);
  });
});
