import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from '../../../../electron/core/platform/store';
import { DncRepository } from '../../../../electron/core/dnc/dnc-repository';
import { LeadRepository } from '../../../../electron/core/leads/lead-repository';
import { leadsOf, NOW, openImportFixture, upload, type ImportFixture } from './import-fixture';

const HEADER = 'First Name,Last Name,Company,Phone,Email,State,Created Date,Lead Source';
const FILE = [
  HEADER,
  'Ana,Lopez,Acme,(415) 555-0123,ana@example.com,CA,2026-11-27 08:00,Web',
  'Bob,Stone,,+1 212 555 0199,,NY,2026-11-27 08:30,Ads',
  'Cara,Diaz,Diaz Co,not a phone,,TX,,Web',
  'bob stone,,Ray Inc,(212) 555-0199,bob@example.com,NY,,Fair',
  'Eve,Moss,Moss Ltd,+1 800 555 0100,,,,Web',
].join('\r\n');

describe('imports: upload, preview, commit', () => {
  let f: ImportFixture;
  beforeEach(async () => (f = await openImportFixture()));
  afterEach(() => f.close());

  it('holds a US lead whose address and number name no state: its calling rules are unknown', async () => {
    const file = [
      'First Name,Phone,State,Time Zone',
      'Ivy,+1 800 555 0111,,America/New_York',
      'Jo,+1 800 555 0112,FL,America/New_York',
      'Kai,(305) 555 0113,,America/New_York',
    ].join('\r\n');
    const report = await f.service.commit(await upload(f.service, file, {}, 100), null);
    expect(report).toMatchObject({ added: 3, held: 1 });
    const leads = await f.store.all<{
      first_name: string;
      status: string;
      hold_reason: string | null;
      calling_regions: string;
    }>(sql`SELECT first_name, status, hold_reason, calling_regions FROM leads ORDER BY id`);
    expect(leads).toEqual([
      {
        first_name: 'Ivy',
        status: 'held',
        hold_reason:
          'calling rules unknown: neither the address nor the area code names a state, and US has calling rules by state',
        calling_regions: 'US ?',
      },
      { first_name: 'Jo', status: 'new', hold_reason: null, calling_regions: 'US FL' },
      { first_name: 'Kai', status: 'new', hold_reason: null, calling_regions: 'US FL' },
    ]);
  });

  it('imports a file sent in chunks: E.164 numbers, zones, held leads, merged duplicates', async () => {
    const importId = await upload(f.service, FILE, {}, 100);
    const preview = await f.service.preview(importId);
    expect(preview.headers).toEqual(HEADER.split(','));
    expect(preview.sampleRows).toHaveLength(5);
    expect(preview.remembered).toBeNull();
    expect(preview.mapping.columns.map((c) => c.target)).toEqual([
      { kind: 'field', field: 'firstName' },
      { kind: 'field', field: 'lastName' },
      { kind: 'field', field: 'company' },
      { kind: 'field', field: 'phone' },
      { kind: 'field', field: 'email' },
      { kind: 'field', field: 'region' },
      { kind: 'field', field: 'createdAt' },
      { kind: 'field', field: 'source' },
    ]);

    const report = await f.service.commit(importId, null);
    expect(report).toMatchObject({
      added: 3,
      held: 1,
      mergedIntoExisting: 0,
      onDncList: 0,
      issueCount: 4,
      summary: { rowsRead: 5, leads: 3, rowsSkipped: 1, rowsMerged: 1, held: 1 },
    });
    expect(report.issues.map((i) => [i.rowNumber, i.field, i.rowAction])).toEqual([
      [4, 'Phone', 'skipped'],
      [5, 'Phone', 'merged'],
      [6, 'Created Date', 'imported'],
      [6, 'time zone', 'imported'],
    ]);
    expect(f.committed).toEqual([report]);

    const leads = await leadsOf(f.store);
    expect(
      leads.map((l) => [l.first_name, l.company, l.phone_e164, l.email, l.time_zone, l.status]),
    ).toEqual([
      ['Ana', 'Acme', '+14155550123', 'ana@example.com', 'America/Los_Angeles', 'new'],
      // Bob's empty company and email were filled from his second row (same number and person).
      ['Bob', 'Ray Inc', '+12125550199', 'bob@example.com', 'America/New_York', 'new'],
      ['Eve', 'Moss Ltd', '+18005550100', null, null, 'held'],
    ]);
    expect(leads[2]!.hold_reason).toMatch(/^time zone ambiguous: US has several time zones/);
    expect(leads.map((l) => [l.queue_tier, l.queue_due_at])).toEqual([
      [2, Date.UTC(2026, 10, 27, 13, 0)],
      [2, Date.UTC(2026, 10, 27, 13, 30)],
      [null, null],
    ]);
    expect(leads.map((l) => [l.source, l.custom_json])).toEqual([
      ['Web', '{}'],
      ['Ads', '{}'],
      ['Web', '{}'],
    ]);

    const csv = Papa.parse<string[]>(f.service.reportCsv(importId)).data;
    expect(csv[0]).toEqual(['Row', 'Column', 'Value', 'Problem', 'What happened']);
    expect(csv.slice(1).map((row) => [row[0], row[4]])).toEqual([
      ['4', 'row not imported'],
      ['5', 'merged into an earlier row'],
      ['6', 'imported'],
      ['6', 'imported'],
    ]);
  });

  it('sends progress while it reads, ending with every row', async () => {
    const rows = Array.from(
      { length: 3000 },
      (_, i) => `P${i},Q,Co,+1 312 555 ${String(i).padStart(4, '0')},,IL,,x`,
    );
    const closed = await openImportFixture({ readChunkBytes: 16 * 1024 });
    try {
      const importId = await upload(closed.service, [HEADER, ...rows].join('\n'));
      const report = await closed.service.commit(importId, null);
      expect(report.added).toBe(3000);
      expect(closed.progress.length).toBeGreaterThan(1);
      expect(closed.progress.at(-1)).toMatchObject({ importId, rowsRead: 3000, leads: 3000 });
      const bytes = closed.progress.map((p) => p.bytesRead);
      expect(bytes).toEqual([...bytes].sort((a, b) => a - b));
    } finally {
      await closed.close();
    }
  });

  it('remembers the confirmed mapping for files with the same headers', async () => {
    const first = await upload(f.service, FILE);
    const preview = await f.service.preview(first);
    // The user keeps "Lead Source" out and files State as a custom field.
    const override = {
      signature: preview.mapping.signature,
      columns: [
        { index: 5, target: { kind: 'custom' as const, key: 'state' } },
        { index: 7, target: { kind: 'ignore' as const } },
      ],
    };
    await f.service.commit(first, override);

    const second = await upload(
      f.service,
      `${HEADER}\nZoe,Park,Park Co,(312) 555-0142,,IL,,Radio`,
      { campaignId: 'c2' },
    );
    const again = await f.service.preview(second);
    expect(again.remembered).toMatchObject({ signature: preview.mapping.signature, savedAt: NOW });
    expect(again.mapping.columns[5]!.target).toEqual({ kind: 'custom', key: 'state' });
    expect(again.mapping.columns[7]!.target).toEqual({ kind: 'ignore' });
    await f.service.commit(second, null);
    const zoe = (await leadsOf(f.store)).find((lead) => lead.first_name === 'Zoe')!;
    expect(JSON.parse(zoe.custom_json)).toEqual({ state: 'IL' });
  });

  it('merges a row into the campaign lead with the same number and person: fills blanks, keeps status and history', async () => {
    await f.store.write(
      LeadRepository.insertStatements(
        [
          {
            campaignId: 'c1',
            // A lead with no name: nothing says the file's Bob Stone is someone else.
            firstName: '',
            lastName: '',
            company: '',
            phoneE164: '+12125550199',
            phoneExtension: null,
            email: null,
            timeZone: 'America/New_York',
            region: null,
            postalCode: null,
            country: 'US',
            createdAt: NOW - 86_400_000,
            owner: 'Kim',
            notes: null,
            source: null,
            custom: { tier: 'gold' },
          },
        ],
        NOW - 86_400_000,
      ),
    );
    await f.store.write(
      sql`UPDATE leads SET status = 'retry', attempt_count = 2, queue_tier = 4 WHERE id = 1`,
    );
    const importId = await upload(f.service, FILE);
    const report = await f.service.commit(importId, null);
    expect(report).toMatchObject({ added: 2, mergedIntoExisting: 1 });
    expect(report.issues.find((i) => i.rowNumber === 3)).toEqual({
      rowNumber: 3,
      field: 'phone',
      value: '+12125550199',
      reason:
        'merged into lead #1 (same number, same person): its empty fields are filled from this row; ' +
        'its status and history are kept',
      rowAction: 'merged-into-lead',
    });
    const robert = (await leadsOf(f.store))[0]!;
    expect(robert).toMatchObject({
      first_name: 'Bob',
      last_name: 'Stone',
      company: 'Ray Inc',
      email: 'bob@example.com',
      status: 'retry',
      attempt_count: 2,
      queue_tier: 4,
      created_at: NOW - 86_400_000,
    });
    // The lead had no source: the row's fills it.
    expect(JSON.parse(robert.custom_json)).toEqual({ tier: 'gold' });
    expect(robert.source).toBe('Ads');
    // The same number in another campaign is another lead.
    const other = await upload(f.service, FILE, { campaignId: 'c2' });
    expect(await f.service.commit(other, null)).toMatchObject({ added: 3, mergedIntoExisting: 0 });
  });

  it('keeps a different person on a campaign lead’s number as a lead of their own, filling nothing', async () => {
    await f.store.write(
      LeadRepository.insertStatements(
        [
          {
            campaignId: 'c1',
            firstName: 'Maria',
            lastName: 'Gonzalez',
            company: '',
            phoneE164: '+12125550199',
            phoneExtension: null,
            email: null,
            timeZone: 'America/New_York',
            region: null,
            postalCode: null,
            country: 'US',
            createdAt: NOW - 86_400_000,
            owner: null,
            notes: null,
            source: null,
            custom: {},
          },
        ],
        NOW - 86_400_000,
      ),
    );
    const report = await f.service.commit(await upload(f.service, FILE), null);
    expect(report).toMatchObject({ added: 3, mergedIntoExisting: 0 });
    expect(report.issues.find((i) => i.rowNumber === 3)).toEqual({
      rowNumber: 3,
      field: 'phone',
      value: '+12125550199',
      reason:
        'shares its number with lead #1, a different person: imported as a lead of its own, ' +
        'never dialed within the cadence spacing of a call to that number',
      rowAction: 'imported',
    });
    const onNumber = (await leadsOf(f.store)).filter((l) => l.phone_e164 === '+12125550199');
    expect(onNumber.map((l) => [l.first_name, l.company, l.email, l.source])).toEqual([
      ['Maria', '', null, null],
      ['Bob', 'Ray Inc', 'bob@example.com', 'Ads'],
    ]);
  });

  it('a later duplicate row gives the lead its source when the first row had none, batches apart', async () => {
    const small = await openImportFixture({ readChunkBytes: 8 * 1024 });
    try {
      const fillers = Array.from(
        { length: 4_000 },
        (_, at) => `Filler${at},(312) 555-${String(1000 + at)},Web`,
      );
      const file = [
        'First Name,Phone,Lead Source',
        'Ann,(415) 555-0101,',
        ...fillers,
        'Ann,415-555-0101,Webinar',
      ].join('\r\n');
      const report = await small.service.commit(await upload(small.service, file), null);
      expect(report).toMatchObject({ added: 4_001, summary: { rowsMerged: 1 } });
      const ann = (await leadsOf(small.store)).find((lead) => lead.first_name === 'Ann');
      expect(ann?.source).toBe('Webinar');
    } finally {
      await small.close();
    }
  });

  it('reports numbers on the DNC list and does not import them', async () => {
    await f.store.write(
      DncRepository.addStatement({
        phoneE164: '+14155550123',
        addedAt: Date.UTC(2026, 2, 1),
        reason: 'asked',
        source: 'manual',
        addedBy: 'rep-1',
        attemptId: null,
      }),
    );
    const report = await f.service.commit(await upload(f.service, FILE), null);
    expect(report).toMatchObject({ added: 2, onDncList: 1 });
    expect(report.issues[0]).toEqual({
      rowNumber: 2,
      field: 'phone',
      value: '+14155550123',
      reason: 'on the do-not-call list since 2026-03-01; not imported',
      rowAction: 'skipped',
    });
    expect((await leadsOf(f.store)).map((l) => l.phone_e164)).toEqual([
      '+12125550199',
      '+18005550100',
    ]);
  });

  it('takes made-up numbers only when told the file is for training', async () => {
    const text = 'Name,Phone,Time Zone\nAl Bo,+1 999 555 0100,America/Chicago';
    const strict = await f.service.commit(await upload(f.service, text), null);
    expect(strict.added).toBe(0);
    expect(strict.issues[0]?.reason).toMatch(/^invalid phone number/);
    const training = await f.service.commit(
      await upload(f.service, text, { phoneAcceptance: 'possible' }),
      null,
    );
    expect(training.added).toBe(1);
  });

  it('says what is wrong: too many bytes, not all arrived, unknown campaign or import', async () => {
    const { importId } = await f.service.begin('a.csv', 10, {
      campaignId: 'c1',
      defaultCountry: 'US',
    });
    await expect(f.service.commit(importId, null)).rejects.toThrow(
      'a.csv has not all arrived yet (0 of 10 bytes).',
    );
    await expect(
      f.service.chunk(importId, Buffer.from('01234567890').toString('base64')),
    ).rejects.toThrow('The file is larger than the 10 bytes announced');
    await expect(
      f.service.begin('a.csv', 10, { campaignId: 'nope', defaultCountry: 'US' }),
    ).rejects.toThrow('There is no campaign "nope".');
    await expect(f.service.preview('00000000-dead')).rejects.toThrow('There is no such import');
    await expect(
      f.service.begin('a.csv', 0, { campaignId: 'c1', defaultCountry: null }),
    ).rejects.toThrow('a.csv is empty.');
  });

  it('lets a mapping without a phone column be corrected and committed again', async () => {
    const text = 'Who,Digits\nAl Bo,(312) 555-0142';
    const importId = await upload(f.service, text);
    const preview = await f.service.preview(importId);
    const ignoreAll = {
      signature: preview.mapping.signature,
      columns: [{ index: 1, target: { kind: 'ignore' as const } }],
    };
    await expect(f.service.commit(importId, ignoreAll)).rejects.toMatchObject({
      code: 'invalid-argument',
      message: 'No column holds phone numbers. Map one to Phone in the review step.',
    });
    const fixed = {
      signature: preview.mapping.signature,
      columns: [
        { index: 0, target: { kind: 'field' as const, field: 'fullName' as const } },
        { index: 1, target: { kind: 'field' as const, field: 'phone' as const } },
      ],
    };
    expect(await f.service.commit(importId, fixed)).toMatchObject({ added: 1 });
    expect((await leadsOf(f.store))[0]).toMatchObject({ first_name: 'Al', last_name: 'Bo' });
  });
});
