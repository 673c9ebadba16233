import initSqlJs, { type Database } from 'sql.js';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CAMPAIGN_RULES } from '../../../electron/core/queue/campaign-rules';
import { queueColumns, queueScans } from '../../../electron/core/queue/queue-columns';
import {
  firstPagesStatement,
  scanPageStatement,
} from '../../../electron/core/queue/store/queue-candidates';
import { MIGRATIONS } from '../../../electron/core/platform/store/migrations';
import { migrate } from '../../../electron/core/platform/store/migrations/migrate';
import type { SqlStatement } from '../../../electron/core/platform/store';
import { START } from '../../support/store-fixture';

async function migrated(upTo = MIGRATIONS.length): Promise<Database> {
  const SQL = await initSqlJs();
  const db = new SQL.Database();
  migrate(db, MIGRATIONS.slice(0, upTo));
  return db;
}

function plan(db: Database, statement: SqlStatement): string[] {
  const rows = db.exec(`EXPLAIN QUERY PLAN ${statement.text}`, [...statement.params]);
  return (rows[0]?.values ?? []).map((row) => String(row[3]));
}

/** A lead as stored before migration 2: campaign, status, zone, attempts, next eligible, callback. */
type OldLead = [string, string, string | null, number, number | null, number | null];

describe('the queue in SQL (migration 2)', () => {
  const scans = queueScans(START, DEFAULT_CAMPAIGN_RULES);

  it('runs every scan as one range of the queue index, in index order', async () => {
    const db = await migrated();
    for (const scan of scans) {
      const steps = plan(
        db,
        scanPageStatement('c1', { timeZone: 'America/Chicago', regions: 'US' }, scan, 20),
      );
      expect(steps[0]).toMatch(
        /^SEARCH leads USING INDEX leads_queue_by_rules \(campaign_id=\? AND time_zone=\? AND calling_regions=\? AND queue_tier=\?( AND queue_due_at[<>]\?)*\)$/,
      );
      expect(steps.join('\n')).not.toMatch(/TEMP B-TREE/);
      expect(steps).toContain(
        'SEARCH dnc USING COVERING INDEX sqlite_autoindex_dnc_1 (phone_e164=?)',
      );
    }
  });

  it('reads a whole zone (its partitions all open) as one range of the zone index, in order', async () => {
    const db = await migrated();
    for (const scan of scans) {
      const steps = plan(
        db,
        scanPageStatement('c1', { timeZone: 'America/Chicago', regions: null }, scan, 20),
      );
      expect(steps[0]).toMatch(
        /^SEARCH leads USING INDEX leads_queue \(campaign_id=\? AND time_zone=\? AND queue_tier=\?( AND queue_due_at[<>]\?)*\)$/,
      );
      expect(steps.join('\n')).not.toMatch(/TEMP B-TREE/);
    }
  });

  it('reads the first page of every open zone in one statement, each through the index', async () => {
    const db = await migrated();
    const steps = plan(
      db,
      firstPagesStatement(
        'c1',
        [
          { timeZone: 'Europe/London', regions: null },
          { timeZone: 'America/Chicago', regions: 'US' },
          { timeZone: 'America/Chicago', regions: 'US OK' },
        ],
        scans[2]!,
        20,
      ),
    );
    expect(
      steps.filter((step) => step.startsWith('SEARCH leads USING INDEX leads_queue ')),
    ).toHaveLength(1);
    expect(
      steps.filter((step) => step.startsWith('SEARCH leads USING INDEX leads_queue_by_rules ')),
    ).toHaveLength(2);
    expect(steps.join('\n')).not.toMatch(/TEMP B-TREE|SCAN leads/);
  });

  it('fills the queue columns of leads stored before it, as queueColumns() would', async () => {
    const db = await migrated(1);
    db.exec(`INSERT INTO campaigns (id, name, created_at, rules_json)
             VALUES ('c1', 'x', 0, '{}'), ('c2', 'y', 0, '{"cadence":{"maxAttempts":2}}')`);
    const stored: OldLead[] = [
      ['c1', 'new', 'America/Chicago', 0, null, null],
      ['c1', 'retry', 'America/Chicago', 2, 5_000, null],
      ['c1', 'retry', 'America/Chicago', 6, 5_000, null],
      ['c2', 'retry', 'America/Chicago', 2, 5_000, null],
      ['c1', 'retry', 'America/Chicago', 1, null, null],
      ['c1', 'callback', 'Europe/London', 1, null, 9_000],
      ['c1', 'callback', 'Europe/London', 1, null, null],
      ['c1', 'done', 'America/Chicago', 1, null, null],
      ['c1', 'held', 'America/Chicago', 0, null, null],
      ['c1', 'new', null, 0, null, null],
    ];
    const leads = stored.map(([campaign, status, zone, attempts, next, callback]) => ({
      campaign,
      status,
      zone,
      attempts,
      next,
      callback,
    }));
    leads.forEach((lead, index) => {
      db.run(
        `INSERT INTO leads (campaign_id, phone_e164, time_zone, created_at, imported_at, status,
           attempt_count, next_eligible_at, callback_at) VALUES (?, ?, ?, 1000, 1000, ?, ?, ?, ?)`,
        [
          lead.campaign,
          `+1312555${index}`,
          lead.zone,
          lead.status,
          lead.attempts,
          lead.next,
          lead.callback,
        ],
      );
    });
    migrate(db, MIGRATIONS);
    const rows = db.exec('SELECT queue_tier, queue_due_at FROM leads ORDER BY id')[0]?.values ?? [];
    const expected = leads.map((lead) => {
      const rules =
        lead.campaign === 'c2'
          ? {
              ...DEFAULT_CAMPAIGN_RULES,
              cadence: { ...DEFAULT_CAMPAIGN_RULES.cadence, maxAttempts: 2 },
            }
          : DEFAULT_CAMPAIGN_RULES;
      const columns = queueColumns(
        {
          status: lead.status as 'new',
          timeZone: lead.zone,
          createdAt: 1000,
          attemptCount: lead.attempts,
          nextEligibleAt: lead.next,
          callbackAt: lead.callback,
        },
        rules,
      );
      return [columns?.queueTier ?? null, columns?.queueDueAt ?? null];
    });
    expect(rows).toEqual(expected);
  });
});
