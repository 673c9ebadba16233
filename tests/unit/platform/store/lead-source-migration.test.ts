import initSqlJs, { type Database } from 'sql.js';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../../electron/core/platform/store/migrations';
import { migrate } from '../../../../electron/core/platform/store/migrations/migrate';

const BEFORE_SOURCE = MIGRATIONS.findIndex((migration) => migration.name === 'lead source');

/** Leads as the store kept them before migration 14: their source, if any, among their custom fields. */
const CUSTOM = [
  { 'Lead Source': 'Web form', tier: 'gold' },
  { lead_source: 'Trade show' },
  { utm_source: 'google', utm_medium: 'cpc' },
  // Migration 6's order: "source" before "Lead Source".
  { 'Lead Source': 'Referral', source: '  Facebook ad ' },
  { industry: 'Roofing' },
  {},
];

function rows(db: Database, query: string): unknown[][] {
  return db.exec(query)[0]?.values ?? [];
}

function find(db: Database, match: string): number[] {
  return rows(
    db,
    `SELECT docid FROM lead_search WHERE lead_search MATCH '${match}' ORDER BY docid`,
  ).map(([docid]) => Number(docid));
}

async function version12WithLeads(): Promise<Database> {
  const SQL = await initSqlJs();
  const db = new SQL.Database();
  migrate(db, MIGRATIONS.slice(0, BEFORE_SOURCE));
  db.run(`INSERT INTO campaigns (id, name, created_at) VALUES ('c1', 'C', 0)`);
  CUSTOM.forEach((custom, at) => {
    db.run(
      `INSERT INTO leads (campaign_id, first_name, phone_e164, created_at, imported_at, custom_json)
       VALUES ('c1', ?, ?, 0, 0, ?)`,
      [`Lead${at + 1}`, `+1212555010${at}`, JSON.stringify(custom)],
    );
  });
  // The search indexer took in all but the last lead before the upgrade.
  db.run(`INSERT INTO lead_search(docid, name, company, email, phone, source, other)
          SELECT rowid, name, company, email, phone, source, other FROM lead_search_source
          WHERE rowid < ${CUSTOM.length}`);
  db.run(`UPDATE lead_search_state SET indexed_upto = ${CUSTOM.length - 1}`);
  return db;
}

describe('migration 14: the lead source', () => {
  it('takes each lead’s source from the custom field that named it and keeps every custom field', async () => {
    const db = await version12WithLeads();
    const customBefore = rows(db, 'SELECT id, custom_json FROM leads ORDER BY id');
    migrate(db, MIGRATIONS);
    expect(rows(db, 'SELECT source FROM leads ORDER BY id').map(([source]) => source)).toEqual([
      'Web form',
      'Trade show',
      'google',
      'Facebook ad',
      null,
      null,
    ]);
    expect(rows(db, 'SELECT id, custom_json FROM leads ORDER BY id')).toEqual(customBefore);
  });

  it('keeps the search index true: the same leads found, edits of the source followed', async () => {
    const db = await version12WithLeads();
    const beforeUpgrade = ['web', 'trade', 'google', 'facebook', 'referral', 'roofing'].map(
      (word) => find(db, `source:${word}*`),
    );
    migrate(db, MIGRATIONS);
    const afterUpgrade = ['web', 'trade', 'google', 'facebook', 'referral', 'roofing'].map((word) =>
      find(db, `source:${word}*`),
    );
    expect(afterUpgrade).toEqual(beforeUpgrade);
    expect(afterUpgrade).toEqual([[1], [2], [3], [4], [], []]);
    expect(find(db, 'referral')).toEqual([4]);

    db.run(`UPDATE leads SET source = 'Webinar' WHERE id = 2`);
    db.run(
      `UPDATE leads SET custom_json = '{"lead_source":"Trade show","note":"booth 4"}' WHERE id = 2`,
    );
    expect(find(db, 'source:trade*')).toEqual([]);
    expect(find(db, 'source:webinar*')).toEqual([2]);
    expect(find(db, 'booth')).toEqual([2]);
    // FTS4 checks its index against the leads it was built from (all of them, once indexed).
    db.run(`INSERT INTO lead_search(docid, name, company, email, phone, source, other)
            SELECT rowid, name, company, email, phone, source, other FROM lead_search_source
            WHERE rowid = ${CUSTOM.length}`);
    expect(() =>
      db.run(`INSERT INTO lead_search(lead_search) VALUES ('integrity-check')`),
    ).not.toThrow();
  });
});
