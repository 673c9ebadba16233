import initSqlJs, { type Database } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  overdueCallbacksStatement,
  upcomingCallbacksStatement,
} from '../../../electron/core/callbacks/callback-reads';
import { CampaignRepository } from '../../../electron/core/campaigns/campaign-repository';
import { ImportStagingRepository } from '../../../electron/core/leads/import/import-staging-repository';
import { QUEUED_ON_DNC } from '../../../electron/core/queue/summary/queue-counts';
import { readLeadForDial } from '../../../electron/core/queue/store/lead-queue-reads';
import { MIGRATIONS } from '../../../electron/core/platform/store/migrations';
import { migrate } from '../../../electron/core/platform/store/migrations/migrate';
import { sql, type SqlStatement, type Store } from '../../../electron/core/platform/store';

/** A store that runs nothing: it hands back the statement a repository would run. */
function capturing(): { store: Store; last: () => SqlStatement } {
  let last: SqlStatement | null = null;
  const keep = (statement: SqlStatement) => {
    last = statement;
    return Promise.resolve([]);
  };
  const store = {
    all: keep,
    get: (statement: SqlStatement) => keep(statement).then(() => undefined),
  } as unknown as Store;
  return {
    store,
    last: () => {
      if (!last) throw new Error('nothing ran');
      return last;
    },
  };
}

describe('query plans of the lead list (migrations 3 and 5)', () => {
  let db: Database;
  const plan = (statement: SqlStatement): string[] =>
    (db.exec(`EXPLAIN QUERY PLAN ${statement.text}`, [...statement.params])[0]?.values ?? []).map(
      (row) => String(row[3]),
    );
  beforeAll(async () => {
    const SQL = await initSqlJs();
    db = new SQL.Database();
    migrate(db, MIGRATIONS);
  });

  it('lists callbacks by a range of the callbacks index, already in order', () => {
    expect(plan(overdueCallbacksStatement(1, 500))).toEqual([
      'SEARCH leads USING INDEX leads_callbacks (callback_at<?)',
    ]);
    expect(plan(upcomingCallbacksStatement(1, 500))).toEqual([
      'SEARCH leads USING INDEX leads_callbacks (callback_at>?)',
    ]);
  });

  it('settles staged import rows with seeks only in the campaign (the same person, anyone) and the DNC list', async () => {
    for (const statement of ImportStagingRepository.createStatements()) db.run(statement.text);
    const { store, last } = capturing();
    await ImportStagingRepository.stagedOnRecord(store, 'c1');
    expect(plan(last())).toEqual([
      'SCAN s',
      'SEARCH d USING INDEX sqlite_autoindex_dnc_1 (phone_e164=?) LEFT-JOIN',
      'CORRELATED SCALAR SUBQUERY 2',
      'SEARCH l USING COVERING INDEX leads_by_campaign_phone (campaign_id=? AND phone_e164=?)',
      'CORRELATED SCALAR SUBQUERY 1',
      'SEARCH l USING INDEX leads_by_campaign_phone (campaign_id=? AND phone_e164=?)',
      'CORRELATED SCALAR SUBQUERY 2',
      'SEARCH l USING COVERING INDEX leads_by_campaign_phone (campaign_id=? AND phone_e164=?)',
    ]);
    const [merge, insert] = ImportStagingRepository.moveStatements();
    expect(plan(merge!)).toEqual(['SCAN s', 'SEARCH leads USING INTEGER PRIMARY KEY (rowid=?)']);
    expect(plan(insert!)).toEqual(['SCAN import_rows']);
  });

  it('reads a lead at dial time with a seek for its DNC entry, its campaign and for others sharing its number', async () => {
    const { store, last } = capturing();
    await readLeadForDial(store, 1);
    expect(plan(last())).toEqual([
      'SEARCH leads USING INTEGER PRIMARY KEY (rowid=?)',
      'CORRELATED SCALAR SUBQUERY 1',
      'SEARCH dnc USING COVERING INDEX sqlite_autoindex_dnc_1 (phone_e164=?)',
      'CORRELATED SCALAR SUBQUERY 2',
      'SEARCH campaigns USING INDEX sqlite_autoindex_campaigns_1 (id=?)',
      'CORRELATED SCALAR SUBQUERY 3',
      'SEARCH o USING INDEX leads_by_campaign_phone (campaign_id=? AND phone_e164=?)',
    ]);
  });

  it('counts queued numbers on the DNC list with one seek per campaign and listed number', () => {
    expect(plan(sql`SELECT (${QUEUED_ON_DNC})`)).toEqual([
      'SCAN CONSTANT ROW',
      'SCALAR SUBQUERY 4',
      'CO-ROUTINE campaign_ids',
      'SETUP',
      'SEARCH leads USING COVERING INDEX leads_by_campaign_phone',
      'RECURSIVE STEP',
      'SCAN campaign_ids',
      'CORRELATED SCALAR SUBQUERY 2',
      'SEARCH leads USING COVERING INDEX leads_by_campaign_phone (campaign_id>?)',
      'SCAN c',
      'SCAN dnc USING COVERING INDEX sqlite_autoindex_dnc_1',
      'SEARCH leads USING INDEX leads_by_campaign_phone (campaign_id=? AND phone_e164=?)',
    ]);
  });

  it('counts held leads from the held leads index, in all and per campaign', async () => {
    expect(plan(sql`SELECT count(*) FROM leads WHERE status = 'held'`)).toEqual([
      'SCAN leads USING COVERING INDEX leads_held',
    ]);
    const { store, last } = capturing();
    await new CampaignRepository(store).withCounts();
    expect(plan(last())).toEqual([
      'SCAN c',
      'CORRELATED SCALAR SUBQUERY 1',
      'SEARCH leads USING COVERING INDEX leads_by_campaign_phone (campaign_id=?)',
      'CORRELATED SCALAR SUBQUERY 2',
      'SEARCH leads USING COVERING INDEX leads_queue_by_rules (campaign_id=?)',
      'CORRELATED SCALAR SUBQUERY 3',
      'SCAN leads USING INDEX leads_held',
      'USE TEMP B-TREE FOR ORDER BY',
    ]);
  });

  it('pages the DNC list newest first and the held leads without sorting', () => {
    expect(plan(sql`SELECT * FROM dnc ORDER BY added_at DESC, rowid DESC LIMIT 50`)).toEqual([
      'SCAN dnc USING INDEX dnc_by_added',
    ]);
    expect(
      plan(
        sql`SELECT * FROM leads INDEXED BY leads_held WHERE status = 'held' ORDER BY id LIMIT 50`,
      ),
    ).toEqual(['SCAN leads USING INDEX leads_held']);
  });
});
