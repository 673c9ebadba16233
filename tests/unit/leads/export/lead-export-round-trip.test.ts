import fs from 'node:fs';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Lead } from '../../../../shared/domain/lead';
import { exportLeadsCsv } from '../../../../electron/core/leads/export/export-leads';
import { LeadRepository } from '../../../../electron/core/leads/lead-repository';
import { fixture } from '../import/fixture-paths';
import { openImportFixture, upload, type ImportFixture } from '../import/import-fixture';

/** What a lead is, apart from where Dialdeck keeps it (id, campaign) and when it took it in. */
function person({ id, campaignId, importedAt, custom, ...fields }: Lead) {
  void id;
  void campaignId;
  void importedAt;
  return { fields, custom };
}

describe('the lead export names each column once', () => {
  let f: ImportFixture;
  beforeEach(async () => (f = await openImportFixture()));
  afterEach(() => f.close());

  it('a Salesforce export: imported, exported, imported again gives the same leads and fields', async () => {
    const salesforce = fs.readFileSync(fixture('salesforce-leads.csv'));
    await f.service.commit(await upload(f.service, salesforce, { campaignId: 'c1' }), null);
    const imported = (await new LeadRepository(f.store).all()).filter((l) => l.campaignId === 'c1');
    expect(imported.length).toBeGreaterThan(5);
    // Lead Source is the lead's source; Lead ID (Salesforce's) a custom field beside Dialdeck's id.
    expect(imported[0]).toMatchObject({
      firstName: 'Morgan',
      source: 'Web',
      custom: { lead_id: '00Q5e00001AbCdE' },
    });

    const { csv } = await exportLeadsCsv(f.store);
    const [header = [], ...rows] = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
    expect(new Set(header).size).toBe(header.length);
    expect(header).toContain('source');
    expect(header.filter((name) => name.endsWith('lead_id'))).toEqual([
      'lead_id',
      'custom.lead_id',
    ]);
    expect(rows).toHaveLength(imported.length);

    await f.service.commit(await upload(f.service, csv, { campaignId: 'c2' }), null);
    const again = (await new LeadRepository(f.store).all()).filter((l) => l.campaignId === 'c2');
    expect(again).toHaveLength(imported.length);
    again.forEach((lead, at) => {
      const original = imported[at]!;
      const { fields, custom } = person(lead);
      expect(fields).toEqual(person(original).fields);
      // Every custom field under its own name and value; Dialdeck's own bookkeeping columns come
      // back as custom fields named after them, its lead_id beside Salesforce's.
      expect(custom).toEqual({
        ...original.custom,
        lead_id_2: String(original.id),
        campaign_id: 'c1',
        status: original.status,
        attempt_count: '0',
      });
    });
  });
});
