import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { HUB_SCHEMA, migrate, openHubDatabase } from '../../../../electron/hub/db';
import { seedEmbeddedDatabase } from '../../../support/pglite-template';
import { headerSignature } from '../../../../electron/core/leads/import/mapping/header-signature';
import { importIntoPool } from '../../../../electron/hub/pool/intake/import-into-pool';
import type { Hub } from '../../../../electron/hub/server/start-hub';
import { ADAPTERS, useHubDatabases } from '../../../support/hub-db-fixture';
import { useHubPlaces, type HubPlace } from '../support/hub-place';
import { startTestHub, TEAM_TOKEN } from '../support/test-hub';
import { startIntakeServer, TEAM_TOKEN as INTAKE_TEAM_TOKEN } from './intake-server';

const IMPORTED_AT = Date.UTC(2026, 11, 7, 15, 0, 0);

/** Row 2 new, row 3 a duplicate of row 2, row 4 unusable, row 5 on the team DNC, row 6 held. */
const CSV = [
  'First Name,Last Name,Phone,Email,Lead Source',
  'Ada,Lovelace,(415) 555-0100,,ads',
  'Ada,Lovelace,415-555-0100,ada@example.com,ads',
  'Bad,Number,12,,ads',
  'Do,Not,+1 212 555 0100,,ads',
  'Toll,Free,+1 800 555 0100,,',
].join('\n');

/** The CLI in a child process, awaited (a synchronous spawn would stop this process's hub). */
function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'electron/cli/main.ts', ...args],
      { encoding: 'utf8' },
      (error, stdout, stderr) =>
        resolve({ code: error ? (error.code as number) : 0, stdout, stderr }),
    );
  });
}

/** The hub's database made ready before it starts, with one number on the team DNC list. */
async function seedDnc(place: HubPlace): Promise<void> {
  if (!place.databaseUrl) await seedEmbeddedDatabase(place.dataDir);
  const db = await openHubDatabase(
    place.databaseUrl
      ? { kind: 'server', url: place.databaseUrl }
      : { kind: 'embedded', dataDir: place.dataDir },
  );
  try {
    await migrate(db, HUB_SCHEMA);
    await db.query(
      `INSERT INTO team_dnc (phone_e164, added_by, added_at) VALUES ('+12125550100', 'sup', 0)`,
    );
  } finally {
    await db.close();
  }
}

describe.each(ADAPTERS)('importing a CSV into a team campaign, %s adapter', (kind) => {
  const fixture = useHubDatabases(kind);

  it('stores the importer’s leads in the pool with the local import’s report, all or nothing', async () => {
    const db = await fixture.open();
    await migrate(db, HUB_SCHEMA);
    await db.query(
      `INSERT INTO team_dnc (phone_e164, added_by, added_at) VALUES ('+12125550100', 'sup', 0)`,
    );
    const source = () => Readable.from([Buffer.from(CSV)]);
    const { report, issues } = await importIntoPool(db, {
      campaignId: 'web-leads',
      fileName: 'leads.csv',
      source: source(),
      defaultCountry: 'US',
      dateTimeZone: 'UTC',
      now: () => IMPORTED_AT,
    });
    expect(report).toMatchObject({
      fileName: 'leads.csv',
      campaignId: 'web-leads',
      added: 2,
      held: 1,
      mergedIntoExisting: 0,
      onDncList: 1,
      summary: { rowsRead: 5, leads: 3, rowsSkipped: 1, rowsMerged: 1 },
    });
    expect(issues.map((issue) => [issue.rowNumber, issue.field, issue.rowAction])).toEqual([
      [3, 'Phone', 'merged'],
      [4, 'Phone', 'skipped'],
      [5, 'phone', 'skipped'],
      [6, 'time zone', 'imported'],
    ]);
    const rows = await db.query<{ phone_e164: string; status: string; email: string | null }>(
      'SELECT phone_e164, status, email FROM pool_leads ORDER BY phone_e164',
    );
    expect(rows.rows).toEqual([
      { phone_e164: '+14155550100', status: 'queued', email: 'ada@example.com' },
      { phone_e164: '+18005550100', status: 'held', email: null },
    ]);

    // Again: every number now has its live lead, so each merges; then a failing row stores nothing.
    const again = await importIntoPool(db, {
      campaignId: 'web-leads',
      fileName: 'leads.csv',
      source: source(),
      defaultCountry: 'US',
      dateTimeZone: 'UTC',
      now: () => IMPORTED_AT + 1,
    });
    expect(again.report).toMatchObject({ added: 0, mergedIntoExisting: 2, onDncList: 1 });
    await db.query(`CREATE FUNCTION refuse_toll_free() RETURNS trigger AS $$
      BEGIN IF NEW.phone_e164 = '+18885550100' THEN RAISE EXCEPTION 'disk full'; END IF;
      RETURN NEW; END $$ LANGUAGE plpgsql`);
    await db.query(`CREATE TRIGGER refuse BEFORE INSERT ON pool_leads
      FOR EACH ROW EXECUTE FUNCTION refuse_toll_free()`);
    const failing = () => Readable.from([Buffer.from('Phone\n+1 646 555 0100\n+1 888 555 0100\n')]);
    await expect(
      importIntoPool(db, {
        campaignId: 'web-leads',
        fileName: 'more.csv',
        source: failing(),
        defaultCountry: 'US',
        dateTimeZone: 'UTC',
        now: () => IMPORTED_AT + 2,
      }),
    ).rejects.toThrow('disk full');
    const count = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM pool_leads');
    expect(count.rows).toEqual([{ n: 4 }]);
  });
});

describe('POST /api/imports', () => {
  const fixture = useHubDatabases('embedded');

  it('refuses a file past the size limit even when the client sends no length, storing nothing', async () => {
    const db = await fixture.open();
    const server = await startIntakeServer(db, { now: () => IMPORTED_AT, maxImportBytes: 64 });
    try {
      const url = `${server.url}/api/imports?campaign=web-leads&defaultCountry=US`;
      const chunked = (text: string) =>
        fetch(url, {
          method: 'POST',
          headers: { authorization: `Bearer ${INTAKE_TEAM_TOKEN}`, 'content-type': 'text/csv' },
          body: Readable.toWeb(Readable.from([Buffer.from(text)])) as ReadableStream,
          duplex: 'half',
        });
      const tooLarge = await chunked(CSV);
      expect(tooLarge.status).toBe(400);
      expect(await tooLarge.json()).toMatchObject({
        error: {
          message: 'The file is over 64 bytes, the import size limit; nothing was imported.',
        },
      });
      const small = await chunked('Phone\n+1 415 555 0100\n');
      expect(small.status).toBe(200);
      expect(await small.json()).toMatchObject({ report: { added: 1 } });
      const count = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM pool_leads');
      expect(count.rows).toEqual([{ n: 1 }]);
    } finally {
      await server.close();
    }
  });
});

describe('POST /api/imports with the wizard’s reading', () => {
  const fixture = useHubDatabases('embedded');

  it('reads the file with a valid mapping and refuses an unusable one, storing nothing', async () => {
    const db = await fixture.open();
    const server = await startIntakeServer(db, { now: () => IMPORTED_AT });
    try {
      const post = (query: string) =>
        fetch(`${server.url}/api/imports?campaign=web-leads&defaultCountry=US&${query}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${INTAKE_TEAM_TOKEN}`, 'content-type': 'text/csv' },
          body: 'Name,Digits\nGrace Hopper,+1 212 555 0142\n',
        });
      const unusable = await post(`mapping=${encodeURIComponent('{"columns":"all"}')}`);
      expect(unusable.status).toBe(400);
      expect(await unusable.json()).toMatchObject({
        error: { message: expect.stringContaining("The file's reading is not usable") },
      });
      const badOrder = await post('dateOrder=YMD');
      expect(badOrder.status).toBe(400);
      let count = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM pool_leads');
      expect(count.rows).toEqual([{ n: 0 }]);

      const mapping = {
        signature: headerSignature(['Name', 'Digits']),
        columns: [
          { index: 0, target: { kind: 'ignore' } },
          { index: 1, target: { kind: 'field', field: 'phone' } },
        ],
      };
      const otherLayout = { ...mapping, signature: headerSignature(['Phone']) };
      const refused = await post(`mapping=${encodeURIComponent(JSON.stringify(otherLayout))}`);
      expect(refused.status).toBe(400);
      expect(await refused.json()).toMatchObject({
        error: { message: expect.stringContaining('made for files with different headers') },
      });
      const mapped = await post(`mapping=${encodeURIComponent(JSON.stringify(mapping))}`);
      expect(mapped.status).toBe(200);
      expect(await mapped.json()).toMatchObject({ report: { added: 1 } });
      count = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM pool_leads');
      expect(count.rows).toEqual([{ n: 1 }]);
    } finally {
      await server.close();
    }
  });
});

describe.each(ADAPTERS)('npm run cli -- import FILE --hub, %s adapter', (kind) => {
  const places = useHubPlaces(kind);
  let place: HubPlace;
  let hub: Hub | null = null;
  afterEach(async () => {
    await hub?.close();
    await place.remove();
  });

  it('imports into the team campaign and prints the local import’s summary; refuses an unknown campaign', async () => {
    place = await places.create('dialdeck-hub-import-');
    await seedDnc(place);
    ({ hub } = await startTestHub(place.dataDir, { databaseUrl: place.databaseUrl }));
    const file = path.join(place.dataDir, 'leads.csv');
    fs.writeFileSync(file, CSV);
    const tokenFile = path.join(place.dataDir, 'team-token');
    fs.writeFileSync(tokenFile, `${TEAM_TOKEN}\n`);
    const base = ['import', file, '--hub', hub.url, '--hub-token-file', tokenFile];

    const unknown = await cli([...base, '--campaign', 'no-such']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('The hub did not import');
    expect(unknown.stderr).toContain('No team campaign has the id "no-such".');

    const done = await cli(base);
    expect(done.code).toBe(0);
    const lines = done.stdout.trim().split('\n');
    expect(lines[0]).toBe(
      `Imported 2 leads from ${file} into the team campaign on ${hub.url}: "web-leads", 1 held for review (time zone unclear).`,
    );
    expect(lines[1]).toBe(
      '5 rows read: 2 added, 0 merged into existing leads, 1 merged into an earlier row, 1 on the do-not-call list, 1 not usable.',
    );
    expect(lines[2]).toMatch(/^Report of 4 issues: .*import-reports.*leads\.csv\.report\.csv$/);
    expect(done.stderr).toContain('row 5 (phone): on the team’s do-not-call list; not imported');
    await hub.close();
    hub = null;
    const rows = await place.query<{ status: string; source: string }>(
      'SELECT status, source FROM pool_leads ORDER BY status',
    );
    // The file's Lead Source column where a row has one, else the file's name.
    expect(rows).toEqual([
      { status: 'held', source: 'import: leads.csv' },
      { status: 'queued', source: 'ads' },
    ]);
  });
});
