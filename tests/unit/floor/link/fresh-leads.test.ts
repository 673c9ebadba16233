import initSqlJs from 'sql.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  FRESH_LEADS_STATEMENT,
  readFreshLeads,
} from '../../../../electron/core/floor/link/fresh-leads';
import { CampaignRepository } from '../../../../electron/core/campaigns/campaign-repository';
import { openInlineStore, sql, type Store } from '../../../../electron/core/platform/store';
import { MIGRATIONS } from '../../../../electron/core/platform/store/migrations';
import { migrate } from '../../../../electron/core/platform/store/migrations/migrate';
import { makeTempDir } from '../../../support/temp-dir';
import { MINUTE, START, seedLead } from '../../../support/store-fixture';

describe('the fresh leads the hub hears about', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let store: Store;
  beforeEach(async () => {
    temp = makeTempDir('dialdeck-fresh-leads-');
    ({ store } = await openInlineStore({ dataDir: temp.dir }));
    await store.write(CampaignRepository.ensureStatement({ id: 'c1', name: 'Test', createdAt: 0 }));
  });
  afterEach(async () => {
    await store.close();
    temp.remove();
  });

  it('are new leads never dialed: counted, with the oldest arrival', async () => {
    expect(await readFreshLeads(store)).toEqual({
      type: 'lead-waiting',
      count: 0,
      oldestCreatedAt: null,
    });
    await seedLead(store, { createdAt: START - 50 * MINUTE });
    const dialing = await seedLead(store, { createdAt: START - 90 * MINUTE });
    await seedLead(store, { createdAt: START - 5 * MINUTE });
    await seedLead(store, { createdAt: START - 120 * MINUTE, status: 'retry', attemptCount: 1 });
    // A call is being placed to it: the first dial stops its speed-to-lead clock.
    await store.write(sql`UPDATE leads SET first_attempt_at = ${START} WHERE id = ${dialing}`);
    expect(await readFreshLeads(store)).toEqual({
      type: 'lead-waiting',
      count: 2,
      oldestCreatedAt: START - 50 * MINUTE,
    });
  });

  it('are read from the leads_fresh index alone', async () => {
    const SQL = await initSqlJs();
    const db = new SQL.Database();
    migrate(db, MIGRATIONS);
    const rows = db.exec(`EXPLAIN QUERY PLAN ${FRESH_LEADS_STATEMENT.text}`);
    expect((rows[0]?.values ?? []).map((row) => String(row[3]))).toEqual([
      'SCAN leads USING COVERING INDEX leads_fresh',
    ]);
  });
});
