import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { postTeamImport } from '../../../../electron/core/team/imports';
import type { Hub } from '../../../../electron/hub/server/start-hub';
import { queryHubFolder } from '../../../support/hub-db';
import { makeTempDir } from '../../../support/temp-dir';
import { startTestHub, TEAM_TOKEN } from '../../hub/support/test-hub';
import {
  leadsOf,
  openImportFixture,
  upload,
  type ImportFixture,
} from '../../leads/import/import-fixture';

/** Row 3 repeats row 2's number; row 4's number is unusable. */
const GOOD = [
  'First Name,Last Name,Phone,Email',
  'Ada,Lovelace,(415) 555-0100,',
  'Ada,Lovelace,415-555-0100,ada@example.com',
  'Bad,Number,12,',
].join('\n');

/** No header the importer reads as a phone column: the hub refuses it unless it is mapped. */
const NO_PHONE = ['Name,Digits', 'Grace Hopper,+1 212 555 0142'].join('\n');

describe('the import wizard into a team campaign', () => {
  let hubDir: ReturnType<typeof makeTempDir>;
  let hub: Hub | null;
  let f: ImportFixture;

  beforeEach(async () => {
    hubDir = makeTempDir('dialdeck-team-import-hub-');
    ({ hub } = await startTestHub(hubDir.dir));
    const url = hub.url;
    f = await openImportFixture({
      teamImporter: () => (file) => postTeamImport({ ...file, hubUrl: url, teamToken: TEAM_TOKEN }),
    });
  });
  afterEach(async () => {
    await f.close();
    await hub?.close();
    hubDir.remove();
  });

  /** The hub's pool (its embedded database is read once the hub has stopped). */
  async function poolLeads() {
    await hub!.close();
    hub = null;
    return queryHubFolder<{ phone_e164: string; email: string | null; campaign_id: string }>(
      hubDir.dir,
      'SELECT phone_e164, email, campaign_id FROM pool_leads ORDER BY phone_e164',
    );
  }

  it('sends the file to the hub, which stores its leads in the pool and answers the report', async () => {
    const importId = await upload(f.service, GOOD, { campaignId: 'web-leads', into: 'team' });
    const preview = await f.service.preview(importId);
    expect(preview.mapping.columns.map((c) => c.target)).toContainEqual({
      kind: 'field',
      field: 'phone',
    });

    const report = await f.service.commit(importId, null);
    expect(report).toMatchObject({
      fileName: 'leads.csv',
      campaignId: 'web-leads',
      added: 1,
      mergedIntoExisting: 0,
      onDncList: 0,
      issueCount: 2,
      summary: { rowsRead: 3, leads: 1, rowsSkipped: 1, rowsMerged: 1 },
    });
    expect(report.issues.map((i) => [i.rowNumber, i.field, i.rowAction])).toEqual([
      [3, 'Phone', 'merged'],
      [4, 'Phone', 'skipped'],
    ]);
    expect(f.service.reportCsv(importId)).toContain(
      '4,Phone,12,invalid phone number: too few digits,row not imported',
    );
    // The supervisor's own leads are untouched: the file went to the team's pool.
    expect(await leadsOf(f.store)).toEqual([]);
    expect(f.committed).toEqual([]);
    expect(await poolLeads()).toEqual([
      { phone_e164: '+14155550100', email: 'ada@example.com', campaign_id: 'web-leads' },
    ]);
  });

  it('stores nothing for a file the hub cannot read and says why; the corrected mapping then imports', async () => {
    const importId = await upload(f.service, NO_PHONE, { campaignId: 'web-leads', into: 'team' });
    const preview = await f.service.preview(importId);
    await expect(f.service.commit(importId, null)).rejects.toThrow(
      'The hub did not import leads.csv: No column holds phone numbers. Nothing was imported.',
    );

    const columns = preview.mapping.columns.map((column) => ({
      index: column.index,
      target:
        column.header === 'Digits'
          ? ({ kind: 'field', field: 'phone' } as const)
          : ({ kind: 'ignore' } as const),
    }));
    const report = await f.service.commit(importId, {
      signature: preview.mapping.signature,
      columns,
    });
    expect(report).toMatchObject({ added: 1, issueCount: 0 });
    expect(await poolLeads()).toEqual([
      { phone_e164: '+12125550142', email: null, campaign_id: 'web-leads' },
    ]);
  });

  it('refuses an unknown team campaign with the hub’s reason, storing nothing', async () => {
    const importId = await upload(f.service, GOOD, { campaignId: 'no-such', into: 'team' });
    await expect(f.service.commit(importId, null)).rejects.toThrow(
      'No team campaign has the id "no-such".',
    );
    expect(await poolLeads()).toEqual([]);
  });

  it('moves on to the next node of a hub set as several addresses when one cannot be reached', async () => {
    const file = path.join(hubDir.dir, 'leads.csv');
    fs.writeFileSync(file, GOOD);
    const { port } = new URL(hub!.url);
    const request = {
      teamToken: TEAM_TOKEN,
      filePath: file,
      fileName: 'leads.csv',
      campaignId: 'web-leads',
      defaultCountry: 'US',
      dateTimeZone: 'UTC',
    };
    const answer = await postTeamImport({
      ...request,
      hubUrl: `http://127.0.0.1:1, ws://127.0.0.1:${port}`,
    });
    expect(answer.report).toMatchObject({ added: 1, campaignId: 'web-leads' });
    await expect(postTeamImport({ ...request, hubUrl: 'http://127.0.0.1:1' })).rejects.toThrow(
      /^Cannot reach the hub at http:\/\/127\.0\.0\.1:1: .*ECONNREFUSED.*\. Nothing was imported\.$/,
    );
    expect(await poolLeads()).toEqual([
      { phone_e164: '+14155550100', email: 'ada@example.com', campaign_id: 'web-leads' },
    ]);
  });

  it('refuses a team campaign to an app that hosts or follows no hub (a rep)', async () => {
    const rep = await openImportFixture({ teamImporter: () => null });
    try {
      await expect(
        upload(rep.service, GOOD, { campaignId: 'web-leads', into: 'team' }),
      ).rejects.toThrow('Only a supervisor on the team hub can import into a team campaign');
    } finally {
      await rep.close();
    }
  });
});
