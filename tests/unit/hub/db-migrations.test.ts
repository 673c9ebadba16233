import { describe, expect, it } from 'vitest';
import {
  HUB_SCHEMA,
  migrate,
  openHubDatabase,
  type HubDatabase,
  type HubMigration,
} from '../../../electron/hub/db';
import { ADAPTERS, useHubDatabases } from '../../support/hub-db-fixture';

const tables = async (db: HubDatabase) =>
  (
    await db.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'
       ORDER BY table_name`,
    )
  ).rows.map((row) => row.table_name);

const recorded = async (db: HubDatabase) =>
  (
    await db.query<{ version: number; name: string }>(
      'SELECT version, name FROM schema_migrations ORDER BY version',
    )
  ).rows;

const LATEST = HUB_SCHEMA.length;
const ALL_VERSIONS = HUB_SCHEMA.map((migration) => migration.version);
const ALL_RECORDED = HUB_SCHEMA.map(({ version, name }) => ({ version, name }));

const BROKEN: HubMigration = {
  version: LATEST + 1,
  name: 'a step that fails half-way',
  statements: ['CREATE TABLE half_done (id INTEGER)', 'ALTER TABLE no_such_table ADD x INTEGER'],
};

describe.each(ADAPTERS)("the hub's migrations, %s adapter", (kind) => {
  const fixture = useHubDatabases(kind);

  it('creates the hub tables once, recorded in schema_migrations, and replays as a no-op', async () => {
    const place = await fixture.place();
    const db = await fixture.openAt(place);
    expect(await migrate(db, HUB_SCHEMA)).toEqual({ applied: ALL_VERSIONS, version: LATEST });
    expect(await tables(db)).toEqual([
      'alert_snoozes',
      'alerts',
      'escalations',
      'events',
      'hub_nodes',
      'intake_keys',
      'pool_attempts',
      'pool_leads',
      'pool_offers',
      'report_attempts',
      'report_day_builds',
      'report_day_groups',
      'report_dirty_hours',
      'reps',
      'schema_migrations',
      'streams',
      'team_campaigns',
      'team_dnc',
      'wall_tokens',
    ]);
    expect(await recorded(db)).toEqual(ALL_RECORDED);
    await db.close();
    const again = await fixture.openAt(place);
    expect(await migrate(again, HUB_SCHEMA)).toEqual({ applied: [], version: LATEST });
  });

  it('keeps the meaning of the hub store: idempotent events, streams that never go back', async () => {
    const db = await fixture.open();
    await migrate(db, HUB_SCHEMA);
    const insertEvent = (eventId: string, seq: number) =>
      db.query(
        `INSERT INTO events (event_id, rep_id, stream_id, seq, type, at, received_at, event_json)
         VALUES ($1, 'rep-1', 's1', $2, 'state', $3, $3, '{}') ON CONFLICT (event_id) DO NOTHING`,
        [eventId, seq, 1_767_225_600_000 + seq],
      );
    expect((await insertEvent('e1', 1)).affected).toBe(1);
    expect((await insertEvent('e1', 1)).affected).toBe(0);
    expect((await insertEvent('e2', 2)).affected).toBe(1);
    const advance = (seq: number) =>
      db.query(
        `INSERT INTO streams (rep_id, stream_id, last_seq) VALUES ('rep-1', 's1', $1)
         ON CONFLICT (rep_id, stream_id) DO UPDATE SET last_seq = GREATEST(streams.last_seq, excluded.last_seq)`,
        [seq],
      );
    await advance(5);
    await advance(3);
    expect((await db.query('SELECT last_seq FROM streams')).rows).toEqual([{ last_seq: 5 }]);
    // id orders events as stored (a resend refused by the conflict may still use up a number).
    expect((await db.query('SELECT seq, at FROM events ORDER BY id')).rows).toEqual([
      { seq: 1, at: 1_767_225_600_001 },
      { seq: 2, at: 1_767_225_600_002 },
    ]);
  });

  it('rolls back a migration that fails, leaving no half of it and no record', async () => {
    const db = await fixture.open();
    await expect(migrate(db, [...HUB_SCHEMA, BROKEN])).rejects.toMatchObject({ code: '42P01' });
    expect(await recorded(db)).toEqual(ALL_RECORDED);
    expect(await tables(db)).not.toContain('half_done');
  });

  it('refuses a database newer than the code, changing nothing', async () => {
    const db = await fixture.open();
    await migrate(db, HUB_SCHEMA);
    await db.query(`INSERT INTO schema_migrations VALUES ($1, 'from a newer hub', 0)`, [
      LATEST + 1,
    ]);
    await expect(migrate(db, HUB_SCHEMA)).rejects.toThrow(
      `is at schema version ${LATEST + 1} ("from a newer hub"), newer than this hub knows (${LATEST}): run the newer Dialdeck hub`,
    );
    await expect(migrate(db, HUB_SCHEMA)).rejects.toMatchObject({ reason: 'schema-too-new' });
    expect(await recorded(db)).toHaveLength(LATEST + 1);
  });

  it('refuses a database whose recorded migration is not this code’s', async () => {
    const db = await fixture.open();
    await migrate(db, HUB_SCHEMA);
    await db.query(`UPDATE schema_migrations SET name = 'something else' WHERE version = 1`);
    await expect(migrate(db, HUB_SCHEMA)).rejects.toMatchObject({ reason: 'schema-mismatch' });
  });

  if (kind === 'server') {
    it('applies each migration once when several hub nodes start together', async () => {
      const { url } = (await fixture.place()) as { url: string };
      const nodes = await Promise.all(
        Array.from({ length: 4 }, () => openHubDatabase({ kind: 'server', url })),
      );
      for (const node of nodes) fixture.onCleanup(() => node.close());
      const reports = await Promise.all(nodes.map((node) => migrate(node, HUB_SCHEMA)));
      expect(reports.flatMap((report) => report.applied).sort((a, b) => a - b)).toEqual(
        ALL_VERSIONS,
      );
      expect(await recorded(nodes[0]!)).toHaveLength(LATEST);
    });
  }
});
