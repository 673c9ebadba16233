import { describe, expect, it } from 'vitest';
import { collectLeadFile } from '../../../../electron/core/leads/import/pipeline/collect-lead-file';
import type { LeadFileOptions } from '../../../../electron/core/leads/import/pipeline/lead-file-options';
import { fixture, IMPORTED_AT } from './fixture-paths';

const read = (name: string, options: Partial<LeadFileOptions> = {}) =>
  collectLeadFile(fixture(name), {
    defaultCountry: 'US',
    dateTimeZone: 'America/New_York',
    importedAt: IMPORTED_AT,
    ...options,
  });

const row = <T extends { sourceRow: number }>(candidates: T[], sourceRow: number): T => {
  const found = candidates.find((candidate) => candidate.sourceRow === sourceRow);
  if (!found) throw new Error(`no candidate from row ${sourceRow}`);
  return found;
};

describe('HubSpot contacts export (UTF-8 with BOM, CRLF)', () => {
  it('imports the usable rows with normalized values', async () => {
    const { candidates, summary } = await read('hubspot-contacts.csv');
    expect(summary).toMatchObject({
      rowsRead: 12,
      emptyRowsSkipped: 1,
      leads: 10,
      rowsSkipped: 1,
      rowsMerged: 1,
      createdAtFromImportTime: 1,
      held: 1,
      encoding: { encoding: 'utf-8', bom: true },
      dialect: { delimiter: ',', newline: '\r\n' },
    });
    expect(row(candidates, 2)).toEqual({
      sourceRow: 2,
      firstName: 'Avery',
      lastName: 'Quinlan',
      company: 'Brightwave Labs',
      phoneE164: '+14155550123',
      phoneExtension: null,
      email: 'avery.quinlan@example.com',
      timeZone: 'America/Los_Angeles',
      timeZoneSource: 'explicit',
      holdReason: null,
      region: 'CA',
      postalCode: '94107',
      country: 'US',
      createdAt: Date.parse('2026-03-02T14:14:00Z'),
      createdAtSource: 'file',
      importedAt: IMPORTED_AT,
      owner: 'Dana Reyes',
      notes: null,
      source: null,
      custom: { record_id: '1001', lifecycle_stage: 'lead', lead_status: 'NEW' },
    });
  });

  it('keeps the mobile as a custom field, or dials it when there is no phone', async () => {
    const { candidates } = await read('hubspot-contacts.csv');
    expect(row(candidates, 3).custom.mobile_phone_number).toBe('+19175550142');
    expect(row(candidates, 4).phoneE164).toBe('+13035550150');
    expect(row(candidates, 14)).toMatchObject({ phoneE164: '+12125550147', phoneExtension: '12' });
  });

  it('keeps a quoted cell with a line break and doubled quotes whole', async () => {
    const { candidates } = await read('hubspot-contacts.csv');
    expect(row(candidates, 7).company).toBe('Patel, Patel & Sons');
    expect(row(candidates, 7).custom.lead_status).toBe(
      'Asked for a "call back" after 5pm\nPrefers mornings',
    );
  });

  it('resolves zones by state, ZIP, area code and country, and holds the ambiguous', async () => {
    const { candidates } = await read('hubspot-contacts.csv');
    const zones = Object.fromEntries(
      candidates.map((c) => [c.sourceRow, [c.timeZone, c.timeZoneSource]]),
    );
    expect(zones).toMatchObject({
      3: ['America/New_York', 'region'],
      7: ['America/Chicago', 'postal'], // Tennessee is split; Nashville's ZIP is Central
      8: ['America/New_York', 'area-code'], // Tennessee without ZIP: Knoxville's 865
      9: [null, null], // Idaho with Idaho's split 208
      10: ['Europe/London', 'country'],
      13: ['America/Chicago', 'explicit'], // "Central Time"
    });
    expect(row(candidates, 9).holdReason).toBe(
      'time zone ambiguous: Idaho is split between Mountain and Pacific time',
    );
  });

  it('reports every row it could not use, with the row number a spreadsheet shows', async () => {
    const { issues } = await read('hubspot-contacts.csv');
    expect(issues.map((i) => [i.rowNumber, i.field, i.value, i.rowAction])).toEqual([
      [5, 'Phone Number', '555-0100', 'skipped'],
      [9, 'Time Zone', '', 'imported'],
      [11, 'Phone Number', '415.555.0123', 'merged'],
      [12, 'Create Date', '', 'imported'],
      [13, 'Email', 'jordan.wu@example', 'imported'],
    ]);
    expect(issues[0]!.reason).toBe('invalid phone number: too few digits');
    expect(issues[2]!.reason).toBe('duplicate of row 2 (same number +14155550123)');
    expect(issues[3]!.reason).toBe('no created date; the import time is used');
  });
});

describe('Salesforce leads export (US dates, ragged rows)', () => {
  it('reads month-first dates, proven by the file', async () => {
    const { candidates, summary } = await read('salesforce-leads.csv');
    expect(summary.dateOrder).toEqual({ order: 'MDY', basis: 'file' });
    expect(row(candidates, 2).createdAt).toBe(Date.parse('2026-03-14T13:05:00Z'));
    expect(row(candidates, 6).createdAt).toBe(Date.parse('2026-03-15T17:15:00Z'));
  });

  it('lets a ZIP code overrule the majority zone of its state', async () => {
    const { candidates } = await read('salesforce-leads.csv');
    expect(row(candidates, 3).timeZone).toBe('America/New_York'); // Miami
    expect(row(candidates, 4)).toMatchObject({
      timeZone: 'America/Chicago',
      timeZoneSource: 'postal',
    }); // Pensacola
    expect(row(candidates, 9)).toMatchObject({
      timeZone: 'America/Toronto',
      country: 'CA',
      region: 'Ontario',
    });
    expect(row(candidates, 12).timeZone).toBe('America/Phoenix');
  });

  it('dials the mobile when the phone is broken, and restores a ZIP’s leading zero', async () => {
    const { candidates, issues } = await read('salesforce-leads.csv');
    expect(row(candidates, 7)).toMatchObject({
      phoneE164: '+12065550118',
      custom: { phone: '415-555-01' },
    });
    expect(issues.find((i) => i.rowNumber === 7)?.reason).toBe(
      'invalid phone number: too few digits; the mobile number is dialed instead',
    );
    expect(row(candidates, 6).postalCode).toBe('02110');
  });

  it('reports made-up numbers, toll-free holds, extra cells and impossible dates', async () => {
    const { candidates, issues } = await read('salesforce-leads.csv');
    expect(issues.map((i) => [i.rowNumber, i.field, i.rowAction])).toEqual([
      [5, 'Phone', 'skipped'],
      [6, 'Mobile', 'imported'],
      [7, 'Phone', 'imported'],
      [8, 'time zone', 'imported'],
      [10, 'column_15', 'imported'],
      [11, 'Created Date', 'imported'],
    ]);
    expect(issues[0]!.reason).toBe('invalid phone number: +15968538475 is not an assigned number');
    expect(row(candidates, 8).holdReason).toMatch(/toll-free number has no location/);
    expect(row(candidates, 10).custom.column_15).toBe('extra-cell');
    expect(row(candidates, 11)).toMatchObject({
      createdAt: IMPORTED_AT,
      createdAtSource: 'import-time',
    });
  });
});

describe('Zoho leads export (LF, state names)', () => {
  it('merges a second form fill into the first row and lifts its hold', async () => {
    const { candidates, issues, summary } = await read('zoho-leads.csv');
    expect(row(candidates, 8)).toMatchObject({
      postalCode: '42101',
      notes: 'Second form fill',
      timeZone: 'America/Chicago',
      timeZoneSource: 'postal',
      holdReason: null,
      email: 'cleo@bluegrass.example',
    });
    expect(issues.at(-1)).toEqual({
      rowNumber: 9,
      field: 'Phone',
      value: '(270) 555-0119',
      reason:
        'duplicate of row 8 (same number +12705550119); filled in its postal code, notes, time zone, so it is no longer held for review',
      rowAction: 'merged',
    });
    expect(summary).toMatchObject({ leads: 9, rowsMerged: 1, held: 0 });
  });

  it('knows the zones of full state and province names', async () => {
    const { candidates } = await read('zoho-leads.csv');
    expect(candidates.map((c) => c.timeZone)).toEqual([
      'America/Phoenix',
      'America/Chicago', // Pensacola, by ZIP
      'America/Los_Angeles',
      'America/Anchorage',
      'Pacific/Honolulu',
      'America/Regina',
      'America/Chicago',
      'America/Denver', // El Paso, by ZIP
      'America/Los_Angeles',
    ]);
    expect(row(candidates, 2).createdAt).toBe(Date.parse('2026-03-10T12:30:00Z'));
  });
});

describe('Pipedrive persons export', () => {
  it('splits full names and maps organization and owner', async () => {
    const { candidates } = await read('pipedrive-persons.csv');
    expect(
      candidates.slice(0, 4).map((c) => [c.firstName, c.lastName, c.company, c.owner]),
    ).toEqual([
      ['Morgan', 'Ellis', 'Ellis Health', 'Jo Lambert'],
      ['Sam', 'Rivera', 'Rivera Roofing', 'Jo Lambert'],
      ['Ludwig', 'van Houten', 'Van Houten Audio', 'Mia Torres'],
      ['Mary Ann', 'Cooper', 'Cooper Bakes', 'Mia Torres'],
    ]);
  });

  it('keeps a second person on the same number (another format) apart: nothing of theirs fills the first', async () => {
    const { candidates, issues } = await read('pipedrive-persons.csv');
    expect(row(candidates, 4)).toMatchObject({ firstName: 'Ludwig', email: null });
    expect(row(candidates, 6)).toMatchObject({
      firstName: 'Noor',
      phoneE164: '+13125550170',
      email: 'noor@vanhouten.example',
    });
    expect(issues.map((i) => [i.rowNumber, i.rowAction, i.reason])).toEqual([
      [
        6,
        'imported',
        'shares its number +13125550170 with row 4, a different person: imported as a lead of ' +
          'its own, never dialed within the cadence spacing of a call to that number',
      ],
      [9, 'skipped', 'no phone number'],
    ]);
  });
});

describe('Close leads export', () => {
  it('maps display_name to the company, custom.Lead Source to the source and custom.* to merge fields', async () => {
    const { candidates } = await read('close-leads.csv');
    expect(candidates[0]).toMatchObject({
      firstName: 'Tess',
      lastName: 'Morgan',
      company: 'Bright Harbor Dental',
      createdAt: Date.parse('2026-04-02T15:04:05.123Z'),
      source: 'Webinar',
      custom: { industry: 'Healthcare', status_label: 'Potential' },
    });
    expect(candidates[8]).toMatchObject({ phoneE164: '+442079460147', timeZone: 'Europe/London' });
  });
});

describe('plain spreadsheet (tab separated)', () => {
  it('reads spreadsheet habits: ="…" numbers, vanity numbers, zone abbreviations', async () => {
    const { candidates, issues, summary } = await read('spreadsheet-plain.tsv');
    expect(summary.dialect.delimiter).toBe('\t');
    expect(row(candidates, 2)).toMatchObject({
      email: 'ada@example.com',
      timeZone: 'America/New_York',
      notes: 'met at expo',
    });
    expect(row(candidates, 4)).toMatchObject({
      phoneE164: '+14155550177',
      timeZone: 'America/Los_Angeles',
    });
    expect(row(candidates, 5).phoneE164).toBe('+18003569377');
    expect(row(candidates, 7).timeZone).toBe('America/Denver');
    expect(issues.find((i) => i.rowNumber === 6)).toMatchObject({
      value: 'call me',
      rowAction: 'skipped',
    });
  });
});

describe('European export (semicolons, day-first dates)', () => {
  it('reads French headers, semicolons and day-first dates with a French default country', async () => {
    const { candidates, issues, summary } = await read('european-semicolon.csv', {
      defaultCountry: 'FR',
      dateTimeZone: 'Europe/Paris',
    });
    expect(summary.dialect).toEqual({ delimiter: ';', newline: '\r\n' });
    expect(summary.dateOrder).toEqual({ order: 'DMY', basis: 'file' });
    expect(candidates[0]).toMatchObject({
      firstName: 'Amélie',
      lastName: 'Durand',
      company: 'Boulangerie Durand',
      phoneE164: '+33199001234',
      country: 'FR',
      timeZone: 'Europe/Paris',
      createdAt: Date.parse('2026-03-14T08:30:00Z'),
      custom: { ville: 'Paris', montant: '1 250,50' },
    });
    expect(row(candidates, 8)).toMatchObject({
      phoneE164: '+3225550123',
      country: 'BE',
      timeZone: 'Europe/Brussels',
    });
    expect(issues).toEqual([
      {
        rowNumber: 7,
        field: 'Mobile',
        value: '06 39 98 12 39',
        reason: 'invalid phone number: +33639981239 is not an assigned number in FR',
        rowAction: 'skipped',
      },
    ]);
  });
});

describe('Windows-1252 export with accented names', () => {
  it('decodes the accents and reads UK numbers with a GB default', async () => {
    const { candidates, summary } = await read('windows-1252-accents.csv', {
      defaultCountry: 'GB',
      dateTimeZone: 'Europe/London',
    });
    expect(summary.encoding).toEqual({ encoding: 'windows-1252', bom: false });
    expect(candidates.map((c) => `${c.firstName} ${c.lastName}`)).toEqual([
      'Zoë Brontë',
      'José Núñez',
      'François Lefèvre',
      'Björn Ångström',
      'Søren Kierkegaard',
      'Chloë O’Brien',
      'Renée Müller',
      'Ñandú Peña',
      'Élise Gauß',
    ]);
    expect(candidates[0]).toMatchObject({
      phoneE164: '+442079460101',
      timeZone: 'Europe/London',
      notes: 'Budget ~ €5k — “urgent”',
      createdAt: Date.parse('2026-03-14T09:30:00Z'),
    });
    expect(candidates[8]!.company).toBe('Gauß Rechnen');
    expect(summary.rowsSkipped).toBe(1); // Ofcom's drama mobile range is not a real number
  });
});
