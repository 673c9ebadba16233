import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Lead } from '../../../../shared/domain/lead';
import {
  ImportStagingRepository,
  type StagedLead,
} from '../../../../electron/core/leads/import/import-staging-repository';
import type { DeclaredLead, LeadRow } from '../../../../electron/core/leads/lead-column-types';
import { LEAD_TABLE } from '../../../../electron/core/leads/lead-columns';
import { LEAD_COLUMNS, rowToLead } from '../../../../electron/core/leads/lead-rows';
import {
  STAGED_LEAD_COLUMN_NAMES,
  stagedValues,
} from '../../../../electron/core/leads/staged-lead-columns';
import { migratedDbWithStaging, run } from './migrated-db';

describe('the lead columns declaration', () => {
  it('declares every field of the Lead with the type its column holds (checked by tsc)', () => {
    expectTypeOf<DeclaredLead>().toEqualTypeOf<Lead>();
    expectTypeOf<keyof LeadRow>().toEqualTypeOf<
      Exclude<
        (typeof LEAD_TABLE)[number]['name'],
        'queue_tier' | 'queue_due_at' | 'calling_regions'
      >
    >();
    expect(LEAD_COLUMNS.split(', ')).toHaveLength(LEAD_TABLE.length - 3);
  });

  it('reads every column into its declared field', () => {
    const row: Record<string, string> = Object.fromEntries(
      LEAD_TABLE.map((column, index) => [
        column.name,
        column.kind === 'json' ? '{"key":"value"}' : `value ${index}`,
      ]),
    );
    const lead: Record<string, unknown> = { ...rowToLead(row as unknown as LeadRow) };
    expect(Object.keys(lead)).toHaveLength(LEAD_TABLE.length - 3);
    for (const column of LEAD_TABLE) {
      if ('queue' in column) continue;
      const expected = column.kind === 'json' ? { key: 'value' } : row[column.name];
      expect(lead[column.field], column.name).toEqual(expected);
    }
  });

  it('gives each exported column its own place in the export', () => {
    const places = LEAD_TABLE.flatMap((column) => ('exportAt' in column ? [column.exportAt] : []));
    expect([...places].sort((a, b) => a - b)).toEqual(places.map((_, index) => index));
  });

  // The staging insert writes its values out by hand (it is the import's hot path): each must
  // land in the column the declaration gives its field, and move from there into leads.
  it('stages each field of a new lead in its declared column and moves it into leads', async () => {
    const lead: StagedLead = {
      sourceRow: 2,
      firstName: 'first',
      lastName: 'last',
      company: 'company',
      phoneE164: '+14155550123',
      phoneExtension: 'extension',
      email: 'email',
      timeZone: 'zone',
      region: 'region',
      postalCode: 'postal',
      country: 'country',
      createdAt: 11,
      importedAt: 12,
      owner: 'owner',
      notes: 'notes',
      custom: { key: 'value' },
      status: 'held',
      holdReason: 'reason',
      queueTier: 13,
      queueDueAt: 14,
      callingRegions: 'US FL',
      source: 'source',
    };
    // Every value differs from every other, so a value in the wrong column cannot pass.
    const expected = stagedValues({ ...lead, campaignId: 'c9' });
    expect(new Set(expected).size).toBe(STAGED_LEAD_COLUMN_NAMES.length);

    const db = await migratedDbWithStaging();
    const select = `SELECT ${STAGED_LEAD_COLUMN_NAMES.join(', ')} FROM`;
    run(db, ImportStagingRepository.insertStatements('c9', [lead]));
    expect(db.exec(`${select} import_rows`)[0]?.values).toEqual([expected]);

    db.run(`INSERT INTO campaigns (id, name, created_at) VALUES ('c9', 'C', 0)`);
    run(db, ImportStagingRepository.moveStatements());
    expect(db.exec(`${select} leads`)[0]?.values).toEqual([expected]);
  });
});
