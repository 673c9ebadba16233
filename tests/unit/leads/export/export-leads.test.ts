import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CampaignRepository } from '../../../../electron/core/campaigns/campaign-repository';
import { exportLeadsCsv } from '../../../../electron/core/leads/export/export-leads';
import { LeadRepository } from '../../../../electron/core/leads/lead-repository';
import { openInlineStore, sql, type Store } from '../../../../electron/core/platform/store';
import { makeTempDir } from '../../../support/temp-dir';

const AT = Date.UTC(2026, 10, 27, 14, 0, 0);

// Users' spreadsheets and scripts read the export by column position: its header, order and cell
// formats are pinned here word for word.
describe('lead export', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let store: Store;
  beforeEach(async () => {
    temp = makeTempDir();
    ({ store } = await openInlineStore({ dataDir: temp.dir }));
    await store.write(CampaignRepository.ensureStatement({ id: 'c1', name: 'C', createdAt: 0 }));
  });
  afterEach(async () => {
    await store.close();
    temp.remove();
  });

  it('writes the same header, column order and cells as ever', async () => {
    const lead = {
      campaignId: 'c1',
      phoneExtension: null,
      email: null,
      region: null,
      postalCode: null,
      country: null,
      owner: null,
      notes: null,
      source: null,
      createdAt: AT,
    };
    await store.write([
      ...LeadRepository.insertStatements(
        [
          {
            ...lead,
            firstName: 'Ada',
            lastName: 'Lovelace',
            company: '=HYPERLINK("x")',
            phoneE164: '+14155550123',
            phoneExtension: '12',
            email: 'ada@example.com',
            timeZone: 'America/Chicago',
            region: 'IL',
            postalCode: '60601',
            country: 'US',
            owner: 'sam',
            notes: 'likes, commas',
            source: 'web',
            // A CRM's own lead id: not Dialdeck's lead_id.
            custom: { tier: 'gold', lead_id: 'SF-00Q1' },
          },
          {
            ...lead,
            firstName: '',
            lastName: '',
            company: '',
            phoneE164: '+442071838750',
            timeZone: null,
            custom: { tier: 'silver' },
            status: 'held',
            holdReason: 'no zone',
          },
        ],
        AT + 60_000,
      ),
      sql`UPDATE leads SET status = 'callback', attempt_count = 2, first_attempt_at = ${AT + 1000},
          last_attempt_at = ${AT + 2000}, next_eligible_at = ${AT + 3000},
          callback_at = ${AT + 4000}, last_outcome = 'callback', last_note = 'call back'
          WHERE id = 1`,
    ]);
    const { csv, rows } = await exportLeadsCsv(store);
    expect(rows).toBe(2);
    expect(csv.split('\r\n')).toEqual([
      'lead_id,campaign_id,first_name,last_name,company,phone_e164,phone_extension,email,' +
        'time_zone,region,postal_code,country,created_at,owner,status,attempt_count,' +
        'first_attempt_at,last_attempt_at,last_outcome,last_note,callback_at,notes,source,' +
        'custom.lead_id,custom.tier',
      '1,c1,Ada,Lovelace,"\'=HYPERLINK(""x"")",+14155550123,12,ada@example.com,America/Chicago,' +
        'IL,60601,US,2026-11-27T14:00:00.000Z,sam,callback,2,2026-11-27T14:00:01.000Z,' +
        '2026-11-27T14:00:02.000Z,callback,call back,2026-11-27T14:00:04.000Z,"likes, commas",' +
        'web,SF-00Q1,gold',
      '2,c1,,,,+442071838750,,,,,,,2026-11-27T14:00:00.000Z,,held,0,,,,,,,,,silver',
    ]);
  });
});
